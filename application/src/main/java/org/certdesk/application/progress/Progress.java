package org.certdesk.application.progress;

import org.certdesk.domain.verification.PerspectiveResult;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.certdesk.domain.calendar.SlaClocks;
import org.certdesk.domain.calendar.StepClock;
import org.certdesk.domain.certificate.CertificateAction;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.DisplayStatus;

/**
 * The Certificate Progress panel's content.
 *
 * @param failureCause   why the last round was rejected, in the viewer's language; null when it was not
 * @param clocks         the current round's SLA clocks; empty before the first submission
 * @param allowedActions what the status allows, from the domain's one table
 */
public record Progress(CertificateId certificate, CertificateStatus status, DisplayStatus displayStatus, int round,
                       List<Step> steps, WaitingOn waitingOn, LocalDate expectedEarliest, LocalDate expectedLatest,
                       List<NameVerification> names, List<LogLine> log, Phrase failureCause, List<Lookalike> lookalikes,
                       Optional<SlaClocks> clocks, List<CertificateAction> allowedActions) {

    public boolean allows(CertificateAction action) {
        return allowedActions.contains(action);
    }

    public enum StepState { DONE, CURRENT, WAITING, FAILED, NOT_APPLICABLE }

    /** Who has to act next: the customer (publish a record, answer the CA) or the CA. */
    public enum WaitingOn { CUSTOMER, CA, NOBODY }

    /** @param clock who the step waits on and by when; empty for the steps without one (submitted, issued) */
    public record Step(String name, StepState state, Instant at, Optional<StepClock> clock) {
    }

    /** Per bound name: how to prove it, and where it stands. */
    /**
     * @param zone         the registered domain a DNS provider typically appends to a host entered there
     * @param lastMessage  the latest attempt's outcome, null before the first check
     * @param lastObserved what the latest attempt found, null when it found nothing
     * @param perspectives what each remote perspective saw at the latest attempt (BR 3.2.2.9), empty when none was asked
     */
    public record NameVerification(String name, String zone, String method, String dnsHost, String dnsValue, String fileUrl,
                                   String fileContent, boolean verified, Phrase lastMessage, Phrase lastObserved,
                                   Instant tokenExpiresAt, List<PerspectiveResult> perspectives) {
        public NameVerification {
            perspectives = perspectives == null ? List.of() : List.copyOf(perspectives);
        }
    }

    /** One line of the log of checks and contacts, in the viewer's language. */
    public record LogLine(Instant at, Phrase text) {
    }

    /**
     * A bound name written wholly in another script whose letters all look Latin (UTS #39): a
     * warning for the customer and the reviewer, since it can pass for {@code looksLike}.
     */
    public record Lookalike(String name, String looksLike) {
    }
}
