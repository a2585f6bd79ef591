package org.certdesk.application.review;

import java.time.Clock;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.certdesk.application.port.ReviewAssignments;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.progress.Progress;
import org.certdesk.application.progress.ShowProgress;
import org.certdesk.application.review.ReviewDetail.RegistrantCheck;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.calendar.ExpectedDates;
import org.certdesk.domain.calendar.Holidays;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.review.ApprovalPolicy;
import org.certdesk.domain.review.GovRegistrantRule;
import org.certdesk.domain.review.Review;
import org.certdesk.domain.review.ReviewEntry;
import org.certdesk.domain.review.Reviews;
import org.certdesk.domain.review.Whois;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.shared.Refusal;

/** Use case: the reviewer's detail of one OV/EV application. Staff only. */
public class ShowReviewDetail {

    private final CertificateAccess access;
    private final Reviews reviews;
    private final ReviewAssignments assignments;
    private final ShowProgress showProgress;
    private final Whois whois;
    private final Holidays holidays;
    private final Transactions transactions;
    private final Clock clock;

    public ShowReviewDetail(CertificateAccess access, Reviews reviews, ReviewAssignments assignments, ShowProgress showProgress,
                            Whois whois, Holidays holidays, Transactions transactions, Clock clock) {
        this.access = access;
        this.reviews = reviews;
        this.assignments = assignments;
        this.showProgress = showProgress;
        this.whois = whois;
        this.holidays = holidays;
        this.transactions = transactions;
        this.clock = clock;
    }

    public ReviewDetail show(Actor actor, CertificateId id) {
        actor.requireStaff();
        // Whois is a network call: asked before the transaction, so no connection waits on it.
        Certificate peek = access.load(actor, id);
        ValidationType type = peek.product().type();
        if (!type.validatesOrganization() && !peek.isDomainVerificationComplete()) {
            throw new DomainException(Refusal.of("review.dvNotYetVerified"));
        }
        CertificateApplication application = peek.application()
                .orElseThrow(() -> new DomainException(Refusal.of("review.noApplication")));
        // One lookup per registered domain, shared by the per-name rows and the rule for the whole application.
        Map<DomainName, Optional<String>> answers = new HashMap<>();
        Whois once = domain -> answers.computeIfAbsent(domain, whois::registrantOrganization);
        GovRegistrantRule rule = new GovRegistrantRule(once);
        List<RegistrantCheck> registrants = application.identifiers().domainNames().stream()
                .map(name -> registrant(name, type, application, rule, once)).toList();
        Optional<Refusal> govMismatch = rule.problemWith(type, application);
        Progress progress = showProgress.show(actor, id);
        return transactions.inTransaction(() -> build(actor, access.load(actor, id), registrants, govMismatch, progress));
    }

    private ReviewDetail build(Actor actor, Certificate certificate, List<RegistrantCheck> registrants,
                               Optional<Refusal> govMismatch, Progress progress) {
        CertificateApplication application = certificate.application().orElseThrow();
        // A held DV application has no review evidence: only the decision is the reviewer's.
        Review review = certificate.product().type().validatesOrganization()
                ? reviews.load(certificate.id(), certificate.round(), certificate.product().type()) : null;
        List<ReviewEntry> entries = review == null ? List.of() : review.entries();
        List<ReviewEntry.PhoneCall> calls = entries.stream().filter(ReviewEntry.PhoneCall.class::isInstance)
                .map(ReviewEntry.PhoneCall.class::cast).toList();
        DueDates dueDates = new DueDates(holidays.calendar());
        ExpectedDates dates = certificate.submittedAt().map(at -> dueDates.of(certificate.product().type(), at)).orElse(null);
        Refusal blocker = ApprovalPolicy.blocker(actor, certificate, review, govMismatch).orElse(null);
        return new ReviewDetail(certificate.version(), certificate.product().type(), certificate.displayStatus(clock.instant()),
                certificate.status() == CertificateStatus.VERIFYING, application.organization(), application.evDetails(),
                application.contact(), application.identifiers().asList().stream().map(i -> i.display()).toList(), progress,
                registrants, govMismatch.orElse(null), last(entries, ReviewEntry.VerificationEmailSent.class),
                last(entries, ReviewEntry.EmailConfirmed.class), calls,
                dates == null ? null : dates.firstContactBy(), dates == null ? null : dates.issuedLatest(),
                assignments.of(certificate.id(), certificate.round()).map(ReviewAssignments.Assignment::username).orElse(null),
                blocker);
    }

    private static RegistrantCheck registrant(DomainName name, ValidationType type, CertificateApplication application,
                                              GovRegistrantRule rule, Whois once) {
        if (!name.isGov()) {
            return new RegistrantCheck(name.display(), false, null, null);
        }
        String registrant = once.registrantOrganization(name.registrableDomain()).orElse(null);
        Refusal problem = rule.problemWith(type, application.withIdentifiers(Identifiers.of(name))).orElse(null);
        return new RegistrantCheck(name.display(), true, registrant, problem);
    }

    private static Instant last(List<ReviewEntry> entries, Class<? extends ReviewEntry> kind) {
        return entries.stream().filter(kind::isInstance).map(ReviewEntry::at).reduce((a, b) -> b).orElse(null);
    }
}
