package org.certdesk.domain.upload;

/**
 * Why an upload was refused, and which field of the upload form it belongs to, so the console can
 * mark that field and translate the message.
 */
public enum UploadProblem {

    LABEL_REQUIRED(Field.LABEL, "Give the certificate a label so you can tell it apart."),
    LABEL_TOO_LONG(Field.LABEL, "The label can be at most " + UploadedCertificate.MAX_LABEL_LENGTH + " characters."),
    CERTIFICATE_TOO_LONG(Field.CERTIFICATE, "The certificate field holds at most 64 KiB: the certificate and its chain, nothing else."),
    CERTIFICATE_REQUIRED(Field.CERTIFICATE, "Paste or upload the certificate in PEM form (-----BEGIN CERTIFICATE-----)."),
    CERTIFICATE_UNREADABLE(Field.CERTIFICATE, "This is not a readable PEM certificate. Paste the text from -----BEGIN CERTIFICATE----- "
            + "to -----END CERTIFICATE-----, unchanged."),
    CERTIFICATE_HAS_OTHER_CONTENT(Field.CERTIFICATE, "The certificate field may hold only certificates (the server certificate, "
            + "then its chain); put the private key in the key field."),
    ALREADY_UPLOADED(Field.CERTIFICATE, "This certificate is already in your uploaded certificates."),
    KEY_TOO_LONG(Field.KEY, "The key field holds at most 64 KiB: paste only the private key."),
    KEY_REQUIRED(Field.KEY, "Paste or upload the certificate's private key in PEM form (-----BEGIN PRIVATE KEY-----)."),
    KEY_UNREADABLE(Field.KEY, "This is not a readable PEM private key. PKCS#8, PKCS#1 RSA and EC keys are accepted."),
    KEY_IS_NOT_A_KEY(Field.KEY, "This is a certificate or a certificate request, not a private key."),
    KEY_TYPE_UNSUPPORTED(Field.KEY, "Only RSA, EC and Ed25519 private keys are supported."),
    PASSWORD_TOO_LONG(Field.PASSWORD, "A key password has at most 1024 characters."),
    KEY_PASSWORD_REQUIRED(Field.PASSWORD, "The private key is encrypted: enter its password."),
    KEY_PASSWORD_WRONG(Field.PASSWORD, "The password does not decrypt the private key."),
    KEY_MISMATCH(Field.KEY, "The key does not match this certificate: its public key is different.");

    /** The upload form's fields. */
    public enum Field { LABEL, CERTIFICATE, KEY, PASSWORD }

    private final Field field;
    private final String message;

    UploadProblem(Field field, String message) {
        this.field = field;
        this.message = message;
    }

    public Field field() {
        return field;
    }

    public String message() {
        return message;
    }
}
