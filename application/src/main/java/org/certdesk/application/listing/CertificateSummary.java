package org.certdesk.application.listing;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.certdesk.domain.calendar.Party;
import org.certdesk.domain.calendar.SlaClocks;
import org.certdesk.domain.certificate.CertificateAction;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.DisplayStatus;
import org.certdesk.domain.certificate.ValidationType;

/**
 * One row of the certificate list. acmeAccountId names the ACME account whose order obtained the
 * certificate; null for certificates bought and applied for in the console. demo says a name lies
 * under the served demo zone (an internal name the console marks, SPEC). waiting is null when the
 * application waits on nobody.
 */
public record CertificateSummary(CertificateId id, String brand, ValidationType type, Coverage coverage,
                                 List<String> names, CertificateStatus status, DisplayStatus displayStatus,
                                 Instant purchasedAt, Instant notBefore, Instant notAfter, long version,
                                 Long acmeAccountId, boolean demo, Waiting waiting) {

    /**
     * Who an application under way waits on and since when, read at asOf (for "today" and
     * "yesterday"); overdue when a step still open is past its due date.
     */
    public record Waiting(Party party, Instant since, boolean overdue, Instant asOf) {

        static Optional<Waiting> of(SlaClocks clocks) {
            return clocks.waitingOn().map(party -> new Waiting(party, clocks.waitingSince(), clocks.openStepOverdue(), clocks.asOf()));
        }
    }

    /** Who the application waits on; empty when nothing is awaited or it was not looked up (the Overview's rows). */
    public Optional<Waiting> waitingOn() {
        return Optional.ofNullable(waiting);
    }

    /** The ACME account the certificate came from, if it came over ACME. */
    public Optional<Long> acmeAccount() {
        return Optional.ofNullable(acmeAccountId);
    }

    /** The row's buttons, from the domain's one table of what each status allows. */
    public List<CertificateAction> allowedActions() {
        return displayStatus.allowedActions();
    }
}
