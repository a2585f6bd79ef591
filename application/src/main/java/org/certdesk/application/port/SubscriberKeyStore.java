package org.certdesk.application.port;

import java.util.Optional;

import org.certdesk.domain.certificate.CertificateId;

/** Port: where system-generated CSRs and their encrypted private keys are kept, per certificate and round. */
public interface SubscriberKeyStore {

    void save(StoredKey key);

    Optional<StoredKey> find(CertificateId certificate, int round);

    record StoredKey(CertificateId certificate, int round, String csrPem, byte[] encryptedPrivateKey) {
    }
}
