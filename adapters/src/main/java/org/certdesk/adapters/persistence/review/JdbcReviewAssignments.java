package org.certdesk.adapters.persistence.review;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

import org.certdesk.application.port.ReviewAssignments;
import org.certdesk.domain.account.AccountId;
import org.certdesk.domain.certificate.CertificateId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Claims in review_assignment: INSERT IGNORE on the (certificate, round) key lets the first claim stand. */
@Component
class JdbcReviewAssignments implements ReviewAssignments {

    private final JdbcClient jdbc;

    JdbcReviewAssignments(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Assignment claim(CertificateId certificate, int round, AccountId reviewer, String username, Instant at) {
        jdbc.sql("""
                INSERT IGNORE INTO review_assignment (certificate_id, round_no, reviewer_id, reviewer_name, assigned_at)
                VALUES (:c, :r, :reviewer, :name, :at)""")
                .param("c", certificate.value()).param("r", round).param("reviewer", reviewer.value())
                .param("name", username).param("at", at.truncatedTo(ChronoUnit.MICROS))
                .update();
        return of(certificate, round).orElseThrow();
    }

    @Override
    public Optional<Assignment> of(CertificateId certificate, int round) {
        return jdbc.sql("SELECT reviewer_id, reviewer_name, assigned_at FROM review_assignment WHERE certificate_id = :c AND round_no = :r")
                .param("c", certificate.value()).param("r", round)
                .query((rs, n) -> new Assignment(new AccountId(rs.getLong("reviewer_id")), rs.getString("reviewer_name"),
                        rs.getObject("assigned_at", Instant.class)))
                .optional();
    }
}
