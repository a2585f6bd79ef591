package org.certdesk.application.issuance;

import org.certdesk.domain.policy.CorroborationPolicy;
import org.certdesk.domain.verification.MultiPerspectiveCorroboration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import org.certdesk.application.fakes.UseCaseFixture;
import org.certdesk.application.port.ApprovedIssuances;
import org.certdesk.application.port.CertificateAuthority;
import org.certdesk.application.verification.CheckDomainsNow;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Product;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.verification.CaaCheck;
import org.certdesk.domain.verification.DomainVerificationCheck;
import org.certdesk.domain.verification.WebsiteFileFetcher.FileFetch;
import org.junit.jupiter.api.Test;

/**
 * An approved application whose issuance the process did not finish (it died before the CA signed,
 * or after the CA signed and recorded but before the certificate was marked issued): the approval
 * stays open, and the restart sweep issues it exactly once, with the certificate the CA recorded.
 */
class ApprovedIssuanceAfterCrashTest {

    /** BR 3.2.2.9 corroboration is not what this test is about (MultiPerspectiveCorroborationAgainstDnsmasqTest is). */
    static final MultiPerspectiveCorroboration NO_MPIC =
            new MultiPerspectiveCorroboration(List::of, CorroborationPolicy.none(), "certdesk.test", Runnable::run, Duration.ofSeconds(1));

    /** Stands for kill -9: the work stops at this point, nothing after it runs. */
    private static final class ProcessDied extends RuntimeException {
    }

    private final UseCaseFixture f = new UseCaseFixture();
    private final Actor customer = f.customer(1);
    private final Clock afterRestart = Clock.offset(f.clock, Duration.ofMinutes(5));
    private final FinishApprovedIssuances sweepAfterRestart = new FinishApprovedIssuances(f.approvals,
            new IssueApprovedCertificate(f.access, f.approvals, f.issue, f.transactions, afterRestart), f.transactions, afterRestart);

    @Test
    void anApprovalTheProcessDiedOnBeforeTheCaSignedIsIssuedOnceByTheRestartSweep() {
        CertificateId id = verifiedDv("www.shop.example.com");

        assertThatThrownBy(() -> checkDomainsDyingAtTheCa().check(customer, id)).isInstanceOf(ProcessDied.class);
        assertThat(f.certificates.findAnyById(id).orElseThrow().status()).isEqualTo(CertificateStatus.VERIFYING);
        assertThat(f.approvals.openCount()).isEqualTo(1);
        assertThat(f.signed).isEmpty();

        assertThat(sweepAfterRestart.finishAfterRestart()).isEqualTo(1);

        assertThat(f.certificates.findAnyById(id).orElseThrow().status()).isEqualTo(CertificateStatus.ISSUED);
        assertThat(f.signed).containsExactly(id);
        assertThat(f.approvals.openCount()).isZero();
        assertThat(f.approvals.resumedAt(id, 1)).contains(afterRestart.instant());
        assertThat(f.auditLog.forCertificate(id)).filteredOn(e -> e.action().equals("Certificate issued")).hasSize(1);
    }

    @Test
    void anApprovalTheProcessDiedOnAfterTheCaSignedGetsTheCertificateTheCaRecordedNotASecondOne() {
        CertificateId id = verifiedDv("www.shop.example.com");

        // The CA's own transaction commits; the process dies as the second one (marking issued) begins.
        assertThatThrownBy(() -> checkDomainsDyingAtMarkingIssued().check(customer, id)).isInstanceOf(ProcessDied.class);
        assertThat(f.signed).containsExactly(id);
        assertThat(f.certificates.findAnyById(id).orElseThrow().status()).isEqualTo(CertificateStatus.VERIFYING);

        sweepAfterRestart.finishAfterRestart();

        Certificate issued = f.certificates.findAnyById(id).orElseThrow();
        assertThat(issued.status()).isEqualTo(CertificateStatus.ISSUED);
        assertThat(f.signed).as("the CA signed once").containsExactly(id);
        assertThat(issued.issued().orElseThrow().serialHex()).isEqualTo(String.format("%032x", 1));
        assertThat(sweepAfterRestart.finishAfterRestart()).as("nothing is left to resume").isZero();
    }

    @Test
    void theScheduledSweepLeavesAnApprovalYoungerThanAMinuteToTheApprovalsOwnIssuance() {
        CertificateId id = verifiedDv("www.shop.example.com");
        assertThatThrownBy(() -> checkDomainsDyingAtTheCa().check(customer, id)).isInstanceOf(ProcessDied.class);
        Clock halfAMinuteLater = Clock.offset(f.clock, Duration.ofSeconds(30));
        var sweep = new FinishApprovedIssuances(f.approvals, f.issueApproved, f.transactions, halfAMinuteLater);

        assertThat(sweep.finishOverdue()).isZero();
        assertThat(f.approvals.openCount()).isEqualTo(1);
        assertThat(sweepAfterRestart.finishOverdue()).isEqualTo(1);
    }

    @Test
    void anApprovalWhoseApplicationWasCancelledMeanwhileIsClosedWithoutSigning() {
        CertificateId id = verifiedDv("www.shop.example.com");
        assertThatThrownBy(() -> checkDomainsDyingAtTheCa().check(customer, id)).isInstanceOf(ProcessDied.class);
        f.transactions.inTransaction(() -> {
            Certificate certificate = f.access.load(customer, id);
            certificate.cancel(f.clock.instant());
            f.access.save(customer, certificate);
        });

        assertThat(sweepAfterRestart.finishAfterRestart()).isZero();

        assertThat(f.signed).isEmpty();
        assertThat(f.approvals.openCount()).isZero();
    }

    private CertificateId verifiedDv(String name) {
        CertificateId id = f.transactions.inTransaction(() -> {
            Certificate slot = f.access.save(customer, Certificate.purchase(customer.tenant(), Product.single("Brand", ValidationType.DV),
                    f.clock.instant()));
            slot.submit(UseCaseFixture.dvApplication(name), f.tokens, f.policy, f.clock.instant());
            return f.access.save(customer, slot).id();
        });
        var verification = f.certificates.findAnyById(id).orElseThrow().verifications().getFirst();
        f.dns.publishTxt(verification.dnsRecordHost(), verification.token().value());
        return id;
    }

    /** CheckDomainsNow with DV auto-approval, whose process dies after the CA's transaction, before the certificate is marked issued. */
    private CheckDomainsNow checkDomainsDyingAtMarkingIssued() {
        AtomicInteger locks = new AtomicInteger();
        ApprovedIssuances dyingAtSecondLock = new ApprovedIssuances() {
            @Override
            public void record(CertificateId certificate, int round, Instant approvedAt) {
                f.approvals.record(certificate, round, approvedAt);
            }

            @Override
            public boolean lockOpen(CertificateId certificate, int round) {
                if (locks.incrementAndGet() == 2) { // the first lock is the CA's transaction, the second the marking one
                    throw new ProcessDied();
                }
                return f.approvals.lockOpen(certificate, round);
            }

            @Override
            public void close(CertificateId certificate, int round, Instant issuedAt) {
                f.approvals.close(certificate, round, issuedAt);
            }

            @Override
            public void markResumed(CertificateId certificate, int round, Instant at) {
                f.approvals.markResumed(certificate, round, at);
            }

            @Override
            public List<Open> openBefore(Instant approvedBefore, int limit) {
                return f.approvals.openBefore(approvedBefore, limit);
            }

            @Override
            public Optional<Instant> resumedAt(CertificateId certificate, int round) {
                return f.approvals.resumedAt(certificate, round);
            }
        };
        return new CheckDomainsNow(f.access, new DomainVerificationCheck(f.dns, url -> new FileFetch.NotFound("no web server")),
                new CaaCheck(f.dns, "certdesk.test"), NO_MPIC, dyingAtSecondLock,
                new IssueApprovedCertificate(f.access, dyingAtSecondLock, f.issue, f.transactions, f.clock), f.policy, f.transactions,
                f.clock, () -> true, (certificate, round, at) -> { });
    }

    /** CheckDomainsNow with DV auto-approval, whose process dies when it calls the CA. */
    private CheckDomainsNow checkDomainsDyingAtTheCa() {
        CertificateAuthority dying = request -> {
            throw new ProcessDied();
        };
        var issue = new IssueCertificate(dying, f.keyGenerator, f.keyStore, f.policy, f.clock);
        return new CheckDomainsNow(f.access, new DomainVerificationCheck(f.dns, url -> new FileFetch.NotFound("no web server")),
                new CaaCheck(f.dns, "certdesk.test"), NO_MPIC, f.approvals,
                new IssueApprovedCertificate(f.access, f.approvals, issue, f.transactions, f.clock), f.policy, f.transactions, f.clock,
                () -> true, (certificate, round, at) -> { });
    }
}
