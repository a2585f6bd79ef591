package org.certdesk.application.review;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.ValidationType;

/**
 * One line of the review queue. firstContactDue is the seed's "call or email within 1 business
 * day"; decisionDue the end of its "3-7 business days".
 */
public record QueuedApplication(CertificateId id, ValidationType type, String organization, List<String> names,
                                Instant submittedAt, LocalDate firstContactDue, LocalDate decisionDue, boolean contacted,
                                boolean overdue, String assignee) {
}
