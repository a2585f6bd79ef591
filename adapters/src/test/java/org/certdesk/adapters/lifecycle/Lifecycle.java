package org.certdesk.adapters.lifecycle;

import java.time.Duration;
import java.util.List;
import org.certdesk.domain.policy.CorroborationPolicy;
import org.certdesk.domain.verification.MultiPerspectiveCorroboration;
import java.time.Instant;
import java.util.function.BooleanSupplier;

import org.certdesk.application.apply.CancelApplication;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.issuance.FinishApprovedIssuances;
import org.certdesk.application.issuance.IssueApprovedCertificate;
import org.certdesk.application.issuance.IssueCertificate;
import org.certdesk.application.lifecycle.CombineCertificates;
import org.certdesk.application.lifecycle.LifecycleSweeps;
import org.certdesk.application.lifecycle.RenewCertificate;
import org.certdesk.application.lifecycle.RevokeCertificate;
import org.certdesk.application.listing.ListCertificates;
import org.certdesk.application.verification.DemoZoneParts;
import org.certdesk.application.port.DvReviewRequests;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.progress.ShowProgress;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.application.review.DecideApplication;
import org.certdesk.application.review.ReviewerActions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.application.support.EventMail;
import org.certdesk.application.verification.CheckDomainsNow;
import org.certdesk.application.verification.RecheckVerifyingDomains;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.application.port.Notifications;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.review.GovRegistrantRule;
import org.certdesk.domain.review.Reviews;
import org.certdesk.domain.verification.CaaCheck;
import org.certdesk.domain.verification.DomainVerificationCheck;
import org.certdesk.domain.verification.TokenSource;

/** Every certificate use case, on the real persistence adapters and the test doubles. */
final class Lifecycle {

    /** BR 3.2.2.9 corroboration is not what this test is about (MultiPerspectiveCorroborationAgainstDnsmasqTest is). */
    static final MultiPerspectiveCorroboration NO_MPIC =
            new MultiPerspectiveCorroboration(List::of, CorroborationPolicy.none(), "certdesk.test", Runnable::run, Duration.ofSeconds(1));

    static final String CA_IDENTITY = "certdesk.test";

    final TestDoubles.MovableClock clock = new TestDoubles.MovableClock(Instant.parse("2026-11-25T09:00:00Z"));
    final TestDoubles.RecordingCa ca = new TestDoubles.RecordingCa();
    final TestDoubles.PublishedDns dns = new TestDoubles.PublishedDns();
    final TestDoubles.RegistrantWhois whois = new TestDoubles.RegistrantWhois();
    final TestDoubles.MailOutbox mail = new TestDoubles.MailOutbox();
    final TestDoubles.RecordedRevocations revocations = new TestDoubles.RecordedRevocations();
    /** DV issued as soon as its checks pass, unless a test asks the stored simulation settings instead. */
    volatile BooleanSupplier autoApproveDv = () -> true;
    /** Where held DV applications go when auto-approval is off; a test that turns it off sets the real one. */
    volatile DvReviewRequests dvReviewRequests = (certificate, round, at) -> {
        throw new IllegalStateException("DV auto-approval is on in this test");
    };
    /** Where certificate events are mailed; a test of the mails themselves sets the real mail adapter. */
    volatile Notifications eventMail = mail;

    final BuyCertificates buy;
    final ListCertificates list;
    final SubmitApplication submit;
    final CancelApplication cancel;
    final CheckDomainsNow checkDomains;
    final ReviewerActions reviewer;
    final DecideApplication decide;
    final RevokeCertificate revoke;
    final RenewCertificate renew;
    final CombineCertificates combine;
    final LifecycleSweeps sweeps;
    final ShowProgress progress;
    final IssueApprovedCertificate issueApproved;
    final FinishApprovedIssuances finishApproved;
    final RecheckVerifyingDomains recheck;
    final AuditLog auditLog;
    final CertificateAccess access;

    /** Without remote perspectives: the lifecycle tests of other concerns. */
    Lifecycle(LifecyclePorts ports) {
        this(ports, NO_MPIC);
    }

    /** With the remote perspectives of a corroboration test (BR 3.2.2.9). */
    Lifecycle(LifecyclePorts ports, MultiPerspectiveCorroboration corroboration) {
        Certificates certificates = ports.certificates();
        AuditLog auditLog = ports.auditLog();
        Reviews reviews = ports.reviews();
        TokenSource tokens = ports.tokens();
        Transactions transactions = ports.transactions();
        this.auditLog = auditLog;
        IssuancePolicy policy = IssuancePolicy.baselineRequirements();
        access = new CertificateAccess(certificates, auditLog,
                new EventMail((to, kind, id, detail) -> eventMail.send(to, kind, id, detail)), transactions, clock);
        GovRegistrantRule govRule = new GovRegistrantRule(whois);
        var csrInspector = new TestDoubles.AcceptingCsrInspector();
        IssueCertificate issue = new IssueCertificate(ca, new TestDoubles.FakeKeyGenerator(), ports.keyStore(), policy, clock);
        issueApproved = new IssueApprovedCertificate(access, ports.approvals(), issue, transactions, clock);
        finishApproved = new FinishApprovedIssuances(ports.approvals(), issueApproved, transactions, clock);
        buy = new BuyCertificates(access, ports.catalogue(), transactions, clock);
        // Without a served zone DemoZoneParts never looks a tenant up, hence no Tenants here.
        list = new ListCertificates(ports.listing(), new DemoZoneParts(new TestDoubles.NoDemoZone(), null), certificates, reviews,
                ports.holidays(), clock);
        submit = new SubmitApplication(access, csrInspector, govRule, tokens, policy, ports.acmeAuthorizations(), ports.evidenceReuses(),
                transactions, clock);
        cancel = new CancelApplication(access, transactions, clock);
        checkDomains = new CheckDomainsNow(access, new DomainVerificationCheck(dns, new TestDoubles.NoWebsites()),
                new CaaCheck(dns, CA_IDENTITY), corroboration, ports.approvals(), issueApproved, policy, transactions, clock, () -> autoApproveDv.getAsBoolean(),
                (certificate, round, at) -> dvReviewRequests.request(certificate, round, at));
        reviewer = new ReviewerActions(access, reviews, transactions, clock);
        decide = new DecideApplication(access, reviews, govRule, issue, transactions, clock);
        revoke = new RevokeCertificate(access, revocations, transactions, clock);
        renew = new RenewCertificate(access, tokens, ports.reminderLog(), ports.successions(), ports.evidenceReuses(), policy,
                transactions, clock);
        combine = new CombineCertificates(access, transactions, clock);
        sweeps = new LifecycleSweeps(access, transactions, clock);
        recheck = new RecheckVerifyingDomains(certificates, checkDomains);
        progress = new ShowProgress(access, reviews, ports.holidays(), ports.approvals(), transactions, clock);
    }
}
