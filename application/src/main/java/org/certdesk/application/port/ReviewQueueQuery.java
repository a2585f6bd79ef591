package org.certdesk.application.port;

import java.time.Instant;
import java.util.List;

import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.ValidationType;

/**
 * Port: the OV/EV applications waiting for the CA (status Verifying), across tenants, oldest
 * submission first. Due dates grow with the submission date, so that order is the due-date order.
 */
public interface ReviewQueueQuery {

    List<QueueRow> page(Criteria criteria, int offset, int limit);

    long count(Criteria criteria);

    /**
     * Narrowing of the queue; null parts do not narrow. When overdue is set, an OV/EV row is
     * overdue when it was submitted before {@code decisionOverdueBefore}, or before
     * {@code contactOverdueBefore} and nobody has contacted the applicant in this round yet; a DV
     * row held for a reviewer when submitted before {@code dvDecisionOverdueBefore} (DV has no
     * first contact).
     */
    record Criteria(ValidationType type, Instant decisionOverdueBefore, Instant contactOverdueBefore,
                    Instant dvDecisionOverdueBefore, Long assignedTo) {
    }

    /** One waiting application: who claimed it (null when nobody) and whether the CA has made contact. */
    record QueueRow(CertificateId id, int round, Instant submittedAt, boolean contacted, String assignee) {
    }
}
