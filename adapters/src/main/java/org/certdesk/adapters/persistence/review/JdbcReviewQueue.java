package org.certdesk.adapters.persistence.review;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;

import org.certdesk.application.port.ReviewQueueQuery;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.ValidationType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The review queue from the certificate table: OV/EV rows in VERIFYING, served by the
 * (status, validation_type, submitted_at) index, plus DV applications held for a reviewer
 * (dv_review_request, when DV auto-approval is off); with the round's claim and whether any
 * review entry exists yet. Each branch is read in queue order up to the requested page's end,
 * so neither scans more than it must.
 */
@Component
class JdbcReviewQueue implements ReviewQueueQuery {

    private static final String ASSIGNMENT = " LEFT JOIN review_assignment a ON a.certificate_id = c.id AND a.round_no = c.round_no";
    private static final String ORGANIZATION_VALIDATED = " FROM certificate c" + ASSIGNMENT
            + " WHERE c.status = 'VERIFYING' AND c.validation_type IN ('OV', 'EV')";
    private static final String HELD_DV = " FROM dv_review_request d"
            + " JOIN certificate c ON c.id = d.certificate_id AND c.round_no = d.round_no" + ASSIGNMENT
            + " WHERE c.status = 'VERIFYING' AND c.validation_type = 'DV'";
    private static final String CONTACTED =
            "EXISTS (SELECT 1 FROM review_entry e WHERE e.certificate_id = c.id AND e.round_no = c.round_no)";
    private static final String COLUMNS = "SELECT c.id, c.round_no, c.submitted_at, a.reviewer_name, " + CONTACTED + " AS contacted";

    private final JdbcClient jdbc;

    JdbcReviewQueue(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<QueueRow> page(Criteria criteria, int offset, int limit) {
        String sql = branches(criteria).stream()
                .map(from -> "(" + COLUMNS + from + where(criteria, from) + " ORDER BY c.submitted_at, c.id LIMIT :window)")
                .collect(Collectors.joining(" UNION ALL ")) + " ORDER BY submitted_at, id LIMIT :limit OFFSET :offset";
        return bind(jdbc.sql(sql), criteria).param("window", offset + limit).param("limit", limit).param("offset", offset)
                .query((rs, n) -> new QueueRow(new CertificateId(rs.getLong("id")), rs.getInt("round_no"),
                        rs.getObject("submitted_at", Instant.class), rs.getBoolean("contacted"), rs.getString("reviewer_name")))
                .list();
    }

    @Override
    public long count(Criteria criteria) {
        String sql = "SELECT " + branches(criteria).stream().map(from -> "(SELECT COUNT(*)" + from + where(criteria, from) + ")")
                .collect(Collectors.joining(" + "));
        return bind(jdbc.sql(sql), criteria).query(Long.class).single();
    }

    /** A type filter picks one branch: DV only from the held ones, OV or EV only from the others. */
    private static List<String> branches(Criteria criteria) {
        if (criteria.type() == null) {
            return List.of(ORGANIZATION_VALIDATED, HELD_DV);
        }
        return List.of(criteria.type() == ValidationType.DV ? HELD_DV : ORGANIZATION_VALIDATED);
    }

    /** The branch's own overdue rule: OV/EV by decision or first contact, a held DV by its decision. */
    private static String where(Criteria criteria, String branch) {
        StringBuilder sql = new StringBuilder();
        if (criteria.type() != null) {
            sql.append(" AND c.validation_type = :type");
        }
        if (criteria.decisionOverdueBefore() != null && branch.equals(HELD_DV)) {
            sql.append(" AND c.submitted_at < :dvDecisionBefore");
        } else if (criteria.decisionOverdueBefore() != null) {
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
                    .param("contactBefore", micros(criteria.contactOverdueBefore()))
                    .param("dvDecisionBefore", micros(criteria.dvDecisionOverdueBefore()));
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
