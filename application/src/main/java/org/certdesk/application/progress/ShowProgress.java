package org.certdesk.application.progress;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.certdesk.application.port.ApprovedIssuances;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.progress.Progress.LogLine;
import org.certdesk.application.progress.Progress.Lookalike;
import org.certdesk.application.progress.Progress.NameVerification;
import org.certdesk.application.progress.Progress.Step;
import org.certdesk.application.progress.Progress.StepState;
import org.certdesk.application.progress.Progress.WaitingOn;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.calendar.ApplicationTimeline;
import org.certdesk.domain.calendar.BusinessCalendar;
import org.certdesk.domain.calendar.ExpectedDates;
import org.certdesk.domain.calendar.Party;
import org.certdesk.domain.calendar.SlaClocks;
import org.certdesk.domain.calendar.Holidays;
import org.certdesk.domain.certificate.ApplicationRound;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.review.ReviewEntry;
import org.certdesk.domain.review.Reviews;
import org.certdesk.domain.verification.DomainVerification;
import org.certdesk.domain.verification.VerificationMethod;

/**
 * Use case: "View Progress": the steps (submitted, domain verification, organization
 * verification, CA review, issued) with their state and time, the expected completion from the
 * business calendar, who is waited on, per-name instructions and the log of checks and contacts.
 */
public class ShowProgress {

    private final CertificateAccess access;
    private final Reviews reviews;
    private final Holidays holidays;
    private final ApprovedIssuances approvals;
    private final Transactions transactions;
    private final Clock clock;
    private final org.certdesk.domain.verification.PersistentDcvIdentity persistentIdentity;

    public ShowProgress(CertificateAccess access, Reviews reviews, Holidays holidays, ApprovedIssuances approvals,
                        Transactions transactions, Clock clock) {
        this(access, reviews, holidays, approvals, transactions, clock,
                org.certdesk.domain.verification.PersistentDcvIdentity.embeddedDefault());
    }

    /** @param persistentIdentity what a persistent record (BR 3.2.2.4.22) must name, to show it exactly */
    public ShowProgress(CertificateAccess access, Reviews reviews, Holidays holidays, ApprovedIssuances approvals,
                        Transactions transactions, Clock clock,
                        org.certdesk.domain.verification.PersistentDcvIdentity persistentIdentity) {
        this.persistentIdentity = persistentIdentity;
        this.access = access;
        this.reviews = reviews;
        this.holidays = holidays;
        this.approvals = approvals;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Progress show(Actor actor, CertificateId id) {
        return transactions.inTransaction(() -> build(access.load(actor, id)));
    }

    private Progress build(Certificate certificate) {
        var type = certificate.product().type();
        boolean organization = type.validatesOrganization();
        List<ReviewEntry> reviewEntries = organization && certificate.round() > 0
                ? reviews.load(certificate.id(), certificate.round(), type).entries() : List.of();
        CertificateStatus status = certificate.status();
        boolean issued = certificate.issued().isPresent();
        boolean domainsDone = issued || (certificate.round() > 0 && certificate.isDomainVerificationComplete());
        boolean emailConfirmed = reviewEntries.stream().anyMatch(ReviewEntry.EmailConfirmed.class::isInstance);
        boolean failed = status == CertificateStatus.VALIDATION_FAILED;

        BusinessCalendar calendar = holidays.calendar();
        Optional<SlaClocks> clocks = clocks(certificate, reviewEntries, calendar);
        List<Step> steps = new ArrayList<>();
        steps.add(new Step("Submitted", certificate.submittedAt().isPresent() ? StepState.DONE : StepState.WAITING,
                certificate.submittedAt().orElse(null), Optional.empty()));
        steps.add(new Step("Domain verification", domainsDone ? StepState.DONE : failed ? StepState.FAILED
                : status == CertificateStatus.VERIFYING ? StepState.CURRENT : StepState.WAITING, null,
                clocks.map(SlaClocks::domainVerification)));
        steps.add(new Step("Organization verification", !organization ? StepState.NOT_APPLICABLE
                : issued || emailConfirmed ? StepState.DONE : failed ? StepState.FAILED
                : status == CertificateStatus.VERIFYING ? StepState.CURRENT : StepState.WAITING, null,
                clocks.flatMap(SlaClocks::organizationVerification)));
        steps.add(new Step("CA review", issued ? StepState.DONE : failed ? StepState.FAILED
                : domainsDone && status == CertificateStatus.VERIFYING ? StepState.CURRENT : StepState.WAITING, null,
                clocks.map(SlaClocks::caReview)));
        steps.add(new Step("Issued", issued ? StepState.DONE : StepState.WAITING,
                certificate.issued().map(i -> i.notBefore()).orElse(null), Optional.empty()));

        ExpectedDates expected = certificate.submittedAt()
                .map(at -> ExpectedDates.forSubmission(type, at.atZone(ZoneOffset.UTC).toLocalDate(), calendar)).orElse(null);

        List<NameVerification> names = certificate.verifications().stream().map(v -> describe(v, certificate.tenant())).toList();
        return new Progress(certificate.id(), status, certificate.displayStatus(clock.instant()), certificate.round(), steps,
                waitingOn(certificate, domainsDone, clocks), expected == null ? null : expected.issuedEarliest(),
                expected == null ? null : expected.issuedLatest(), names, log(certificate, reviewEntries),
                StoredSentences.rejectionCause(certificate.failureCause().orElse(null)), lookalikes(certificate), clocks,
                certificate.allowedActions(clock.instant()));
    }

    /** The current round's clocks; none before a submission or after a cancellation (nothing is awaited). */
    private Optional<SlaClocks> clocks(Certificate certificate, List<ReviewEntry> reviewEntries, BusinessCalendar calendar) {
        return ApplicationTimeline.currentRound(certificate, reviewEntries).map(round -> SlaClocks.of(round, calendar, clock.instant()));
    }

    private static List<Lookalike> lookalikes(Certificate certificate) {
        return certificate.application().stream().flatMap(a -> a.identifiers().domainNames().stream())
                .flatMap(name -> name.latinLookalike().map(latin -> new Lookalike(name.display(), latin)).stream())
                .toList();
    }

    /**
     * Every round's checks and contacts, oldest first: a rejected and resubmitted application
     * keeps the first round's evidence and cause in view next to the new round's.
     */
    private List<LogLine> log(Certificate certificate, List<ReviewEntry> currentReviewEntries) {
        var type = certificate.product().type();
        List<LogLine> log = new ArrayList<>();
        for (ApplicationRound ended : certificate.history()) {
            boolean current = ended.number() == certificate.round();
            logRound(log, ended.number(), ended.submittedAt(), ended.verifications(),
                    current ? currentReviewEntries : type.validatesOrganization()
                            ? reviews.load(certificate.id(), ended.number(), type).entries() : List.of());
            log.add(new LogLine(ended.endedAt(), switch (ended.outcome()) {
                case REJECTED -> Phrase.of("progress.log.rejected", ended.number(), StoredSentences.rejectionCause(ended.cause()));
                case CANCELLED -> Phrase.of("progress.log.cancelled", ended.number());
                case ISSUED -> Phrase.of("progress.log.issued", ended.number());
            }));
        }
        boolean currentRoundOpen = certificate.round() > 0
                && certificate.history().stream().noneMatch(r -> r.number() == certificate.round());
        if (currentRoundOpen) {
            logRound(log, certificate.round(), certificate.submittedAt().orElseThrow(), certificate.verifications(),
                    currentReviewEntries);
        }
        // An approval the restart sweep finished (FinishApprovedIssuances): said, not hidden.
        for (int round = 1; round <= certificate.round(); round++) {
            int number = round;
            approvals.resumedAt(certificate.id(), number).ifPresent(at -> log.add(new LogLine(at,
                    Phrase.of("progress.log.resumed", number))));
        }
        log.sort(Comparator.comparing(LogLine::at));
        return List.copyOf(log);
    }

    private static void logRound(List<LogLine> log, int round, Instant submittedAt, List<DomainVerification> verifications,
                                 List<ReviewEntry> reviewEntries) {
        log.add(new LogLine(submittedAt, Phrase.of("progress.log.submitted", round)));
        verifications.forEach(v -> v.attempts().forEach(a -> log.add(new LogLine(a.at(), a.observed() == null
                ? Phrase.of("progress.log.check", v.identifier().display(), StoredSentences.checkMessage(a.message()))
                : Phrase.of("progress.log.checkFound", v.identifier().display(), StoredSentences.checkMessage(a.message()),
                StoredSentences.observed(a.observed()))))));
        // Evidence brought into the round (a renewal's, or an ACME authorization's) has no attempt of its own here.
        verifications.stream().filter(v -> v.attempts().isEmpty()).forEach(v -> v.evidence().ifPresent(e -> log.add(new LogLine(
                e.validatedAt(), e.observed() == null
                ? Phrase.of("progress.log.evidence", v.identifier().display(), Phrase.of("method." + e.method().name()), e.brSection())
                : Phrase.of("progress.log.evidenceFound", v.identifier().display(), Phrase.of("method." + e.method().name()),
                e.brSection(), StoredSentences.observed(e.observed()))))));
        reviewEntries.forEach(entry -> log.add(new LogLine(entry.at(), describe(entry))));
    }

    private static WaitingOn waitingOn(Certificate certificate, boolean domainsDone, Optional<SlaClocks> clocks) {
        return switch (certificate.status()) {
            case VERIFYING -> clocks.flatMap(SlaClocks::waitingOn).map(party -> party == Party.CUSTOMER ? WaitingOn.CUSTOMER : WaitingOn.CA)
                    .orElse(domainsDone ? WaitingOn.CA : WaitingOn.CUSTOMER);
            case PENDING_APPLICATION, VALIDATION_FAILED -> WaitingOn.CUSTOMER;
            default -> WaitingOn.NOBODY;
        };
    }

    private NameVerification describe(DomainVerification v, org.certdesk.domain.account.TenantId tenant) {
        boolean persistent = v.method() == VerificationMethod.DNS_PERSIST;
        boolean dns = v.method() == VerificationMethod.DNS_TXT || persistent;
        // An ACME client proved the name itself: there is nothing for the customer to publish.
        boolean instructions = VerificationMethod.consoleMethods().contains(v.method());
        var last = v.lastAttempt();
        String zone = v.identifier() instanceof org.certdesk.domain.name.DomainName name ? name.registrableDomain().ascii() : null;
        String dnsHost = persistent ? v.persistRecordHost() : v.dnsRecordHost();
        String dnsValue = persistent ? persistentIdentity.recordValue(tenant,
                v.identifier() instanceof org.certdesk.domain.name.DomainName name && name.isWildcard()) : v.token().value();
        return new NameVerification(v.identifier().display(), zone, v.method().displayName(),
                instructions && dns ? dnsHost : null, instructions && dns ? dnsValue : null,
                instructions && !dns ? v.fileUrl() : null, instructions && !dns ? v.token().value() : null, v.isVerified(),
                last.map(a -> StoredSentences.checkMessage(a.message())).orElse(null),
                last.map(a -> StoredSentences.observed(a.observed())).orElse(null), v.token().expiresAt(),
                last.map(a -> a.perspectives()).orElse(List.of()));
    }

    private static Phrase describe(ReviewEntry entry) {
        return switch (entry) {
            case ReviewEntry.VerificationEmailSent e -> Phrase.of("progress.log.emailSent", e.to().value());
            case ReviewEntry.EmailConfirmed e -> Phrase.of("progress.log.emailConfirmed", e.by().value());
            case ReviewEntry.PhoneCall e -> e.note() == null || e.note().isBlank()
                    ? Phrase.of("progress.log.call", e.number().value(), Phrase.of("call.outcome." + e.outcome().name()))
                    : Phrase.of("progress.log.callNote", e.number().value(), Phrase.of("call.outcome." + e.outcome().name()), e.note());
        };
    }
}
