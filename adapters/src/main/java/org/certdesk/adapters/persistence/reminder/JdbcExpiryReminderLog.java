package org.certdesk.adapters.persistence.reminder;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.certdesk.application.port.ExpiryReminderLog;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.CertificateId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reminder bookkeeping in expiry_reminder, joined to the issued certificates (status, not_after index). */
@Component
class JdbcExpiryReminderLog implements ExpiryReminderLog {

    private final JdbcClient jdbc;

    JdbcExpiryReminderLog(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Candidate> candidates(Instant from, Instant to, long afterId, int limit) {
        return jdbc.sql("""
                SELECT c.id, c.tenant_id, c.not_after, r.last_sent_at
                FROM certificate c
                LEFT JOIN expiry_reminder r ON r.certificate_id = c.id AND r.not_after = c.not_after
                WHERE c.status = 'ISSUED' AND c.not_after > :from AND c.not_after <= :to AND c.id > :after
                  AND r.stopped_at IS NULL
                ORDER BY c.id LIMIT :limit""")
                .param("from", micros(from)).param("to", micros(to)).param("after", afterId).param("limit", limit)
                .query((rs, n) -> new Candidate(new CertificateId(rs.getLong("id")), new TenantId(rs.getLong("tenant_id")),
                        rs.getObject("not_after", Instant.class), Optional.ofNullable(rs.getObject("last_sent_at", Instant.class))))
                .list();
    }

    @Override
    public void recordSent(CertificateId certificate, Instant notAfter, Instant at) {
        jdbc.sql("""
                INSERT INTO expiry_reminder (certificate_id, not_after, last_sent_at) VALUES (:c, :notAfter, :at)
                ON DUPLICATE KEY UPDATE last_sent_at = VALUES(last_sent_at)""")
                .param("c", certificate.value()).param("notAfter", micros(notAfter)).param("at", micros(at))
                .update();
    }

    @Override
    public void stop(CertificateId certificate, Instant notAfter, Instant at) {
        jdbc.sql("""
                INSERT INTO expiry_reminder (certificate_id, not_after, stopped_at) VALUES (:c, :notAfter, :at)
                ON DUPLICATE KEY UPDATE stopped_at = VALUES(stopped_at)""")
                .param("c", certificate.value()).param("notAfter", micros(notAfter)).param("at", micros(at))
                .update();
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
