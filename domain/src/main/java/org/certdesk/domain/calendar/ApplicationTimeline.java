package org.certdesk.domain.calendar;

import java.time.Instant;
import java.util.Objects;

import org.certdesk.domain.certificate.ValidationType;

/**
 * The moments of one application round that decide whose turn it is: submitted, every name
 * verified, the CA's first email or call (OV/EV), the applicant's confirmation (OV/EV), and the
 * round's end (issued, rejected or failed). Each is null until it happens.
 */
public record ApplicationTimeline(ValidationType type, Instant submittedAt, Instant domainsVerifiedAt,
                                  Instant firstContactAt, Instant organizationConfirmedAt, Instant endedAt) {

    public ApplicationTimeline {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(submittedAt, "submittedAt");
    }

    /** When the CA had everything it needs to decide: names verified, and for OV/EV the applicant confirmed. */
    Instant readyForDecisionAt() {
        if (domainsVerifiedAt == null || (type.validatesOrganization() && organizationConfirmedAt == null)) {
            return null;
        }
        // Evidence reused from an earlier round was there at the submission already.
        Instant ready = domainsVerifiedAt.isAfter(submittedAt) ? domainsVerifiedAt : submittedAt;
        return type.validatesOrganization() && organizationConfirmedAt.isAfter(ready) ? organizationConfirmedAt : ready;
    }
}
