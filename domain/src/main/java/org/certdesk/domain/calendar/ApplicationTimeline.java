package org.certdesk.domain.calendar;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.certdesk.domain.certificate.ApplicationRound;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.review.ReviewEntry;

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

    /**
     * The certificate's current round as its moments: names verified when the last evidence was
     * taken, the CA's first email or call and the applicant's confirmation from the round's review
     * entries (none for DV), the end from the round's history. Empty before a submission and after
     * a cancellation, when nothing is awaited. The Progress panel and the list both read it here.
     *
     * @param reviewEntries the current round's review entries
     */
    public static Optional<ApplicationTimeline> currentRound(Certificate certificate, List<ReviewEntry> reviewEntries) {
        if (certificate.submittedAt().isEmpty() || certificate.status() == CertificateStatus.PENDING_APPLICATION) {
            return Optional.empty();
        }
        Instant domainsVerifiedAt = certificate.isDomainVerificationComplete()
                ? certificate.verifications().stream().flatMap(v -> v.evidence().stream()).map(e -> e.validatedAt())
                        .max(Comparator.naturalOrder()).orElse(null)
                : null;
        Instant firstContact = reviewEntries.stream()
                .filter(e -> e instanceof ReviewEntry.VerificationEmailSent || e instanceof ReviewEntry.PhoneCall)
                .map(ReviewEntry::at).min(Comparator.naturalOrder()).orElse(null);
        Instant confirmed = reviewEntries.stream().filter(ReviewEntry.EmailConfirmed.class::isInstance)
                .map(ReviewEntry::at).min(Comparator.naturalOrder()).orElse(null);
        Instant ended = certificate.history().stream().filter(r -> r.number() == certificate.round())
                .map(ApplicationRound::endedAt).findFirst().orElse(null);
        return Optional.of(new ApplicationTimeline(certificate.product().type(), certificate.submittedAt().orElseThrow(),
                domainsVerifiedAt, firstContact, confirmed, ended));
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
