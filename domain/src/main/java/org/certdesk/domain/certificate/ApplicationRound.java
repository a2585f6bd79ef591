package org.certdesk.domain.certificate;

import java.time.Instant;
import java.util.List;
import org.certdesk.domain.verification.DomainVerification;

/** A finished round of the history: what was submitted, its verifications, and how it ended. */
public record ApplicationRound(int number, CertificateApplication application, Instant submittedAt,
                               List<DomainVerification> verifications, Instant endedAt, RoundOutcome outcome,
                               String cause) {

    public ApplicationRound {
        verifications = List.copyOf(verifications);
    }
}
