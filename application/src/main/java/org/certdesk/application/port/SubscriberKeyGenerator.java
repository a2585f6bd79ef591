package org.certdesk.application.port;

import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.policy.KeyAlgorithm;

/**
 * Port: makes a subscriber's key pair and CSR on the console side when the customer asks for a
 * system-generated CSR. The CA never generates a subscriber's key (BR 6.1.1.3): only the CSR goes
 * to the CA; the private key is returned encrypted at rest and decrypted only for download.
 */
public interface SubscriberKeyGenerator {

    GeneratedKey generate(KeyAlgorithm algorithm, Identifiers names);

    /** The private key as PKCS#8 DER, decrypted, for a download the customer asked for. */
    byte[] decryptPrivateKey(byte[] encryptedPrivateKey);

    record GeneratedKey(String csrPem, byte[] encryptedPrivateKey) {
    }
}
