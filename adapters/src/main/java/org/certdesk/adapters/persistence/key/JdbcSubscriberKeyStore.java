package org.certdesk.adapters.persistence.key;

import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.certdesk.application.port.SubscriberKeyStore;
import org.certdesk.domain.certificate.CertificateId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** System-generated CSRs with their private keys, stored only in the encrypted form the generator made. */
@Component
class JdbcSubscriberKeyStore implements SubscriberKeyStore {

    private final JdbcClient jdbc;
    private final Clock clock;

    JdbcSubscriberKeyStore(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Override
    public void save(StoredKey key) {
        jdbc.sql("""
                INSERT INTO subscriber_key (certificate_id, round_no, csr_pem, encrypted_private_key, created_at)
                VALUES (:c, :r, :csr, :key, :at)""")
                .param("c", key.certificate().value()).param("r", key.round()).param("csr", key.csrPem())
                .param("key", key.encryptedPrivateKey()).param("at", clock.instant().truncatedTo(ChronoUnit.MICROS))
                .update();
    }

    @Override
    public Optional<StoredKey> find(CertificateId certificate, int round) {
        return jdbc.sql("SELECT * FROM subscriber_key WHERE certificate_id = :c AND round_no = :r")
                .param("c", certificate.value()).param("r", round)
                .query((rs, n) -> new StoredKey(certificate, rs.getInt("round_no"), rs.getString("csr_pem"),
                        rs.getBytes("encrypted_private_key")))
                .optional();
    }
}
