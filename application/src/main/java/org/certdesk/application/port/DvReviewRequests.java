package org.certdesk.application.port;

import java.time.Instant;

import org.certdesk.domain.certificate.CertificateId;

/**
 * Port: DV applications whose domain checks all passed while DV auto-approval was off; they wait
 * in the reviewers' queue for an approval (one request per application round).
 */
public interface DvReviewRequests {

    /** Idempotent per certificate and round. */
    void request(CertificateId certificate, int round, Instant at);
}
