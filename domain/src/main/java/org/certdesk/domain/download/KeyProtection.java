package org.certdesk.domain.download;

/**
 * How a downloaded private key leaves CertDesk: encrypted under the customer's password (the
 * default), or, as an explicit choice for servers that cannot prompt for one, as plain PEM.
 */
public sealed interface KeyProtection {

    /** Encrypted under the password: PKCS#8 with AES-256-CBC and PBKDF2 for PEM, the store's own encryption otherwise. */
    record Encrypted(KeyPassword password) implements KeyProtection {

        @Override
        public String auditDetail() {
            return "private key encrypted";
        }
    }

    /** The key in clear PEM, chosen knowingly. */
    record Unencrypted() implements KeyProtection {

        @Override
        public String auditDetail() {
            return "private key NOT encrypted";
        }
    }

    /** What the audit trail says about the key: whether it was encrypted, never the password. */
    String auditDetail();

    /**
     * The customer's choice from the download form.
     *
     * @param encrypt false only when the customer ticked the unencrypted option
     * @param password the typed password; checked only when the key is to be encrypted
     */
    static KeyProtection chosen(boolean encrypt, String password) {
        return encrypt ? new Encrypted(new KeyPassword(password)) : new Unencrypted();
    }
}
