package org.certdesk.application.lifecycle;

import java.time.Duration;
import org.certdesk.domain.policy.CorroborationPolicy;
import org.certdesk.domain.verification.MultiPerspectiveCorroboration;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.certdesk.application.fakes.RecordingNotifications.Sent;
import org.certdesk.application.fakes.UseCaseFixture;
import org.certdesk.application.verification.CheckDomainsNow;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.NotificationKind;
import org.certdesk.domain.certificate.Product;
import org.certdesk.domain.certificate.RevocationReason;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.shared.ConcurrentChangeException;
import org.certdesk.domain.verification.CaaCheck;
import org.certdesk.domain.verification.DomainVerificationCheck;
import org.certdesk.domain.verification.VerificationAttempt;
import org.certdesk.domain.verification.WebsiteFileFetcher.FileFetch;
import org.junit.jupiter.api.Test;

/**
 * The use cases' orchestration with the ports in memory: what is saved, audited and mailed, and
 * what a failure in the middle leaves behind. Runs in milliseconds, without a database.
 */
class RevokeAndCheckOrchestrationTest {

    /** BR 3.2.2.9 corroboration is not what this test is about (MultiPerspectiveCorroborationAgainstDnsmasqTest is). */
    static final MultiPerspectiveCorroboration NO_MPIC =
            new MultiPerspectiveCorroboration(List::of, CorroborationPolicy.none(), "certdesk.test", Runnable::run, Duration.ofSeconds(1));

    private final UseCaseFixture f = new UseCaseFixture();
    private final Actor customer = f.customer(1);

    private CertificateId submittedDv(String name) {
        return f.transactions.inTransaction(() -> {
            Certificate slot = f.access.save(customer, Certificate.purchase(customer.tenant(), Product.single("Brand", ValidationType.DV),
                    f.clock.instant()));
            slot.submit(UseCaseFixture.dvApplication(name), f.tokens, f.policy, f.clock.instant());
            return f.access.save(customer, slot).id();
        });
    }

    private CertificateId issuedDv(String name) {
        CertificateId id = submittedDv(name);
        f.transactions.inTransaction(() -> {
            Certificate certificate = f.access.load(customer, id);
            certificate.recordVerificationAttempt(certificate.verifications().getFirst().identifier(),
                    VerificationAttempt.passed(f.clock.instant(), "TXT seen"), f.policy);
            f.issue.issue(certificate);
            f.access.save(customer, certificate);
        });
        return id;
    }

    private List<NotificationKind> mailKinds() {
        return f.mail.sent().stream().map(Sent::kind).toList();
    }

    @Test
    void aRevocationWhoseCrlStepFailsChangesNothingAndMailsNobody() {
        CertificateId id = issuedDv("www.shop.example.com");
        int mailsBefore = f.mail.sent().size();
        RevokeCertificate revoke = new RevokeCertificate(f.access, (serial, reason, at) -> {
            throw new IllegalStateException("the CRL could not be signed");
        }, f.transactions, f.clock);

        assertThatThrownBy(() -> revoke.revoke(customer, id, RevocationReason.KEY_COMPROMISE)).isInstanceOf(IllegalStateException.class);

        assertThat(f.certificates.findAnyById(id).orElseThrow().status()).isEqualTo(CertificateStatus.ISSUED);
        assertThat(f.mail.sent()).hasSize(mailsBefore);
        assertThat(f.auditLog.forCertificate(id)).noneMatch(e -> e.action().equals("Certificate revoked"));
    }

    @Test
    void aRevocationIsMailedOnlyOnceCommitted() {
        CertificateId id = issuedDv("www.shop.example.com");
        List<String> crl = new ArrayList<>();
        new RevokeCertificate(f.access, (serial, reason, at) -> crl.add(serial), f.transactions, f.clock)
                .revoke(customer, id, RevocationReason.SUPERSEDED);

        assertThat(crl).hasSize(1);
        assertThat(f.mail.sent()).filteredOn(m -> m.kind() == NotificationKind.REVOKED).singleElement()
                .satisfies(m -> assertThat(m.insideTransaction()).as("sent after the commit").isFalse());
    }

    @Test
    void aSaveFromAStaleVersionIsRefusedAndLeavesTheNewerOne() {
        CertificateId id = issuedDv("www.shop.example.com");
        Certificate first = f.certificates.findAnyById(id).orElseThrow();
        Certificate second = f.certificates.findAnyById(id).orElseThrow();
        f.transactions.inTransaction(() -> {
            first.revoke(RevocationReason.SUPERSEDED, f.clock.instant());
            f.access.save(customer, first);
        });

        second.revoke(RevocationReason.KEY_COMPROMISE, f.clock.instant());
        assertThatThrownBy(() -> f.transactions.inTransaction(() -> f.access.save(customer, second)))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(f.certificates.findAnyById(id).orElseThrow().revocation().orElseThrow().reason())
                .isEqualTo(RevocationReason.SUPERSEDED);
    }

    private CheckDomainsNow checkDomains(boolean autoApproveDv, List<CertificateId> reviewRequests) {
        return new CheckDomainsNow(f.access, new DomainVerificationCheck(f.dns, url -> new FileFetch.NotFound("no web server")),
                new CaaCheck(f.dns, "certdesk.test"), NO_MPIC, f.approvals, f.issueApproved, f.policy, f.transactions, f.clock, () -> autoApproveDv,
                (certificate, round, at) -> reviewRequests.add(certificate));
    }

    @Test
    void aVerifiedDvApplicationIsIssuedAtOnceWhenAutoApprovalIsOn() {
        CertificateId id = submittedDv("www.shop.example.com");
        var verification = f.certificates.findAnyById(id).orElseThrow().verifications().getFirst();
        f.dns.publishTxt(verification.dnsRecordHost(), verification.token().value());

        var result = checkDomains(true, new ArrayList<>()).check(customer, id);

        assertThat(result.status()).isEqualTo(CertificateStatus.ISSUED);
        assertThat(f.signed).containsExactly(id);
        assertThat(f.mail.sent()).filteredOn(m -> m.kind() == NotificationKind.ISSUED).singleElement()
                .satisfies(m -> assertThat(m.insideTransaction()).isFalse());
    }

    @Test
    void withAutoApprovalOffAVerifiedDvApplicationWaitsForAReviewerAndNothingIsSigned() {
        CertificateId id = submittedDv("www.shop.example.com");
        var verification = f.certificates.findAnyById(id).orElseThrow().verifications().getFirst();
        f.dns.publishTxt(verification.dnsRecordHost(), verification.token().value());
        List<CertificateId> requests = new ArrayList<>();

        var result = checkDomains(false, requests).check(customer, id);

        assertThat(result.status()).isEqualTo(CertificateStatus.VERIFYING);
        assertThat(f.certificates.findAnyById(id).orElseThrow().isDomainVerificationComplete()).isTrue();
        assertThat(requests).containsExactly(id);
        assertThat(f.signed).isEmpty();
        assertThat(mailKinds()).doesNotContain(NotificationKind.ISSUED);
    }

    @Test
    void aNameThatCanPassForALatinOneWaitsForAReviewerEvenWithAutoApprovalOn() {
        // "аррӏе" is Cyrillic throughout and reads as "apple": a High Risk Certificate Request (BR 4.2.1).
        CertificateId id = submittedDv("xn--80ak6aa92e.com");
        var verification = f.certificates.findAnyById(id).orElseThrow().verifications().getFirst();
        f.dns.publishTxt(verification.dnsRecordHost(), verification.token().value());
        List<CertificateId> requests = new ArrayList<>();

        var result = checkDomains(true, requests).check(customer, id);

        assertThat(result.status()).isEqualTo(CertificateStatus.VERIFYING);
        assertThat(requests).containsExactly(id);
        assertThat(f.signed).isEmpty();
    }

    @Test
    void aFailedCheckKeepsTheApplicationVerifyingAndRecordsWhatWasSeen() {
        CertificateId id = submittedDv("www.shop.example.com");
        var verification = f.certificates.findAnyById(id).orElseThrow().verifications().getFirst();
        f.dns.publishTxt(verification.dnsRecordHost(), "not-the-token");

        var result = checkDomains(true, new ArrayList<>()).check(customer, id);

        assertThat(result.status()).isEqualTo(CertificateStatus.VERIFYING);
        assertThat(result.attempts()).singleElement().satisfies(a -> {
            assertThat(a.passed()).isFalse();
            assertThat(a.observed()).isEqualTo("not-the-token");
        });
        assertThat(f.signed).isEmpty();
    }
}
