package org.certdesk.adapters.persistence.review;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

import org.certdesk.application.port.DvReviewRequests;
import org.certdesk.domain.certificate.CertificateId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Rows of dv_review_request; the first request of a round stays (its time orders nothing, the submission does). */
@Component
class JdbcDvReviewRequests implements DvReviewRequests {

    private final JdbcClient jdbc;

    JdbcDvReviewRequests(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public void request(CertificateId certificate, int round, Instant at) {
        jdbc.sql("INSERT IGNORE INTO dv_review_request (certificate_id, round_no, requested_at) VALUES (:c, :r, :at)")
                .param("c", certificate.value()).param("r", round).param("at", at.truncatedTo(ChronoUnit.MICROS))
                .update();
    }
}
