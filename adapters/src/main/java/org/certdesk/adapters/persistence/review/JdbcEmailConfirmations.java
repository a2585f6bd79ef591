package org.certdesk.adapters.persistence.review;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.certdesk.application.port.EmailConfirmations;
import org.certdesk.domain.certificate.CertificateId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One-time verification links in email_confirmation; "used" is a conditional update, so it happens once. */
@Component
class JdbcEmailConfirmations implements EmailConfirmations {

    private final JdbcClient jdbc;

    JdbcEmailConfirmations(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void store(PendingConfirmation c) {
        jdbc.sql("""
                INSERT INTO email_confirmation (token_hash, certificate_id, round_no, email, created_at, expires_at)
                VALUES (:hash, :c, :r, :email, :created, :expires)""")
                .param("hash", c.tokenHash()).param("c", c.certificate().value()).param("r", c.round())
                .param("email", c.email()).param("created", micros(c.createdAt())).param("expires", micros(c.expiresAt()))
                .update();
    }

    @Override
    public Optional<PendingConfirmation> findByHash(String tokenHash) {
        return jdbc.sql("SELECT * FROM email_confirmation WHERE token_hash = :hash")
                .param("hash", tokenHash)
                .query((rs, n) -> new PendingConfirmation(rs.getString("token_hash"), new CertificateId(rs.getLong("certificate_id")),
                        rs.getInt("round_no"), rs.getString("email"), rs.getObject("created_at", Instant.class),
                        rs.getObject("expires_at", Instant.class), rs.getObject("used_at", Instant.class),
                        rs.getObject("superseded_at", Instant.class)))
                .optional();
    }

    @Override
    public boolean markUsed(String tokenHash, Instant at) {
        return jdbc.sql("""
                UPDATE email_confirmation SET used_at = :at
                WHERE token_hash = :hash AND used_at IS NULL AND superseded_at IS NULL""")
                .param("at", micros(at)).param("hash", tokenHash)
                .update() == 1;
    }

    @Override
    public void supersedeUnused(CertificateId certificate, Instant at) {
        jdbc.sql("""
                UPDATE email_confirmation SET superseded_at = :at
                WHERE certificate_id = :c AND used_at IS NULL AND superseded_at IS NULL""")
                .param("at", micros(at)).param("c", certificate.value())
                .update();
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
