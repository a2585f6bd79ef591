package org.certdesk.adapters.persistence.review;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.review.PhoneCallOutcome;
import org.certdesk.domain.review.Review;
import org.certdesk.domain.review.ReviewEntry;
import org.certdesk.domain.review.ReviewerId;
import org.certdesk.domain.review.Reviews;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Reviewers' work as an append-only log per certificate and round. */
@Component
class JdbcReviews implements Reviews {

    private final JdbcClient jdbc;

    JdbcReviews(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Review load(CertificateId certificate, int round, ValidationType type) {
        List<ReviewEntry> entries = jdbc.sql("SELECT * FROM review_entry WHERE certificate_id = :c AND round_no = :r ORDER BY id")
                .param("c", certificate.value()).param("r", round)
                .query((rs, n) -> entry(rs))
                .list();
        return new Review(type, entries);
    }

    @Override
    public Map<CertificateId, List<ReviewEntry>> entriesOfRounds(Map<CertificateId, Integer> roundOf) {
        if (roundOf.isEmpty()) {
            return Map.of();
        }
        Map<CertificateId, List<ReviewEntry>> entries = new HashMap<>();
        // By certificate on its index; the few entries of earlier rounds are left out here.
        jdbc.sql("SELECT * FROM review_entry WHERE certificate_id IN (:certificates) ORDER BY id")
                .param("certificates", roundOf.keySet().stream().map(CertificateId::value).toList())
                .query(rs -> {
                    CertificateId certificate = new CertificateId(rs.getLong("certificate_id"));
                    if (roundOf.get(certificate) == rs.getInt("round_no")) {
                        entries.computeIfAbsent(certificate, any -> new ArrayList<>()).add(entry(rs));
                    }
                });
        return entries;
    }

    @Override
    public void append(CertificateId certificate, int round, ReviewEntry entry) {
        String email = null;
        String phone = null;
        String outcome = null;
        String note = null;
        switch (entry) {
            case ReviewEntry.VerificationEmailSent e -> email = e.to().value();
            case ReviewEntry.EmailConfirmed e -> email = e.by().value();
            case ReviewEntry.PhoneCall e -> {
                phone = e.number().value();
                outcome = e.outcome().name();
                note = e.note();
            }
        }
        jdbc.sql("""
                INSERT INTO review_entry (certificate_id, round_no, kind, reviewer_id, at, email, phone, outcome, note)
                VALUES (:c, :r, :kind, :reviewer, :at, :email, :phone, :outcome, :note)""")
                .param("c", certificate.value()).param("r", round).param("kind", entry.getClass().getSimpleName())
                .param("reviewer", entry.reviewer().value()).param("at", entry.at().truncatedTo(ChronoUnit.MICROS))
                .param("email", email).param("phone", phone).param("outcome", outcome).param("note", note)
                .update();
    }

    private static ReviewEntry entry(ResultSet rs) throws SQLException {
        return entry(rs.getString("kind"), new ReviewerId(rs.getLong("reviewer_id")), rs.getObject("at", Instant.class),
                rs.getString("email"), rs.getString("phone"), rs.getString("outcome"), rs.getString("note"));
    }

    private static ReviewEntry entry(String kind, ReviewerId reviewer, Instant at, String email, String phone, String outcome,
                                     String note) {
        return switch (kind) {
            case "VerificationEmailSent" -> new ReviewEntry.VerificationEmailSent(reviewer, at, new EmailAddress(email));
            case "EmailConfirmed" -> new ReviewEntry.EmailConfirmed(reviewer, at, new EmailAddress(email));
            case "PhoneCall" -> new ReviewEntry.PhoneCall(reviewer, at, new PhoneNumber(phone), PhoneCallOutcome.valueOf(outcome), note);
            default -> throw new IllegalStateException("Unknown review entry kind " + kind);
        };
    }
}
