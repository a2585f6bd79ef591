package org.certdesk.adapters.persistence.review;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import org.certdesk.application.port.ReviewQueueQuery;
import org.certdesk.domain.certificate.CertificateId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The review queue from the certificate table: OV/EV rows in VERIFYING, served by the
 * (status, submitted_at) index, with the round's claim and whether any review entry exists yet.
 */
@Component
class JdbcReviewQueue implements ReviewQueueQuery {

    private static final String FROM = """
             FROM certificate c
             LEFT JOIN review_assignment a ON a.certificate_id = c.id AND a.round_no = c.round_no
             WHERE c.status = 'VERIFYING' AND c.validation_type IN ('OV', 'EV')""";
    private static final String CONTACTED =
            "EXISTS (SELECT 1 FROM review_entry e WHERE e.certificate_id = c.id AND e.round_no = c.round_no)";

    private final JdbcClient jdbc;

    JdbcReviewQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<QueueRow> page(Criteria criteria, int offset, int limit) {
        String sql = "SELECT c.id, c.round_no, c.submitted_at, a.reviewer_name, " + CONTACTED + " AS contacted " + FROM
                + where(criteria) + " ORDER BY c.submitted_at, c.id LIMIT :limit OFFSET :offset";
        return bind(jdbc.sql(sql), criteria).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new QueueRow(new CertificateId(rs.getLong("id")), rs.getInt("round_no"),
                        rs.getObject("submitted_at", Instant.class), rs.getBoolean("contacted"), rs.getString("reviewer_name")))
                .list();
    }

    @Override
    public long count(Criteria criteria) {
        return bind(jdbc.sql("SELECT COUNT(*) " + FROM + where(criteria)), criteria).query(Long.class).single();
    }

    private static String where(Criteria criteria) {
        StringBuilder sql = new StringBuilder();
        if (criteria.type() != null) {
            sql.append(" AND c.validation_type = :type");
        }
        if (criteria.decisionOverdueBefore() != null) {
            sql.append(" AND (c.submitted_at < :decisionBefore OR (c.submitted_at < :contactBefore AND NOT ")
                    .append(CONTACTED).append("))");
        }
        if (criteria.assignedTo() != null) {
            sql.append(" AND a.reviewer_id = :reviewer");
        }
        return sql.toString();
    }

    private static JdbcClient.StatementSpec bind(JdbcClient.StatementSpec spec, Criteria criteria) {
        if (criteria.type() != null) {
            spec = spec.param("type", criteria.type().name());
        }
        if (criteria.decisionOverdueBefore() != null) {
            spec = spec.param("decisionBefore", micros(criteria.decisionOverdueBefore()))
                    .param("contactBefore", micros(criteria.contactOverdueBefore()));
        }
        if (criteria.assignedTo() != null) {
            spec = spec.param("reviewer", criteria.assignedTo());
        }
        return spec;
    }

    private static Instant micros(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }
}
