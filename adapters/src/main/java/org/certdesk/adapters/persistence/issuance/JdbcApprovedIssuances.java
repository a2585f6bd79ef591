package org.certdesk.adapters.persistence.issuance;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.certdesk.application.port.ApprovedIssuances;
import org.certdesk.domain.certificate.CertificateId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rows of approved_issuance; an open row has no issued_at. */
@Component
class JdbcApprovedIssuances implements ApprovedIssuances {

    private final JdbcClient jdbc;

    JdbcApprovedIssuances(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void record(CertificateId certificate, int round, Instant approvedAt) {
        jdbc.sql("INSERT IGNORE INTO approved_issuance (certificate_id, round_no, approved_at) VALUES (:c, :r, :at)")
                .param("c", certificate.value()).param("r", round).param("at", micros(approvedAt)).update();
    }

    @Override
    public boolean lockOpen(CertificateId certificate, int round) {
        return jdbc.sql("SELECT 1 FROM approved_issuance WHERE certificate_id = :c AND round_no = :r AND issued_at IS NULL FOR UPDATE")
                .param("c", certificate.value()).param("r", round).query(Integer.class).optional().isPresent();
    }

    @Override
    public void close(CertificateId certificate, int round, Instant issuedAt) {
        jdbc.sql("UPDATE approved_issuance SET issued_at = :at WHERE certificate_id = :c AND round_no = :r AND issued_at IS NULL")
                .param("c", certificate.value()).param("r", round).param("at", micros(issuedAt)).update();
    }

    @Override
    public void markResumed(CertificateId certificate, int round, Instant at) {
        jdbc.sql("UPDATE approved_issuance SET resumed_at = :at WHERE certificate_id = :c AND round_no = :r AND issued_at IS NULL")
                .param("c", certificate.value()).param("r", round).param("at", micros(at)).update();
    }

    @Override
    public List<Open> openBefore(Instant approvedBefore, int limit) {
        return jdbc.sql("""
                        SELECT certificate_id, round_no, approved_at FROM approved_issuance
                        WHERE issued_at IS NULL AND approved_at < :before ORDER BY approved_at, certificate_id LIMIT :limit""")
                .param("before", micros(approvedBefore)).param("limit", limit)
                .query((rs, row) -> new Open(CertificateId.of(rs.getLong(1)), rs.getInt(2), rs.getTimestamp(3).toInstant()))
                .list();
    }

    @Override
    public Optional<Instant> resumedAt(CertificateId certificate, int round) {
        return jdbc.sql("SELECT resumed_at FROM approved_issuance WHERE certificate_id = :c AND round_no = :r AND resumed_at IS NOT NULL")
                .param("c", certificate.value()).param("r", round).query(Timestamp.class).optional().map(Timestamp::toInstant);
    }

    private static Timestamp micros(Instant at) {
        return Timestamp.from(at.truncatedTo(ChronoUnit.MICROS));
    }
}
