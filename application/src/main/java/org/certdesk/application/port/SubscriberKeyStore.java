package org.certdesk.application.port;

import java.util.Optional;

import org.certdesk.domain.certificate.CertificateId;

/** Port: where system-generated CSRs and their encrypted private keys are kept, per certificate and round. */
public interface SubscriberKeyStore {

    void save(StoredKey key);

    Optional<StoredKey> find(CertificateId certificate, int round);

    /** The newest key of a certificate, for the download of an issued certificate. */
    Optional<StoredKey> latest(CertificateId certificate);

    record StoredKey(CertificateId certificate, int round, String csrPem, byte[] encryptedPrivateKey) {
    }
}
