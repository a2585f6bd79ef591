package org.certdesk.application.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.certdesk.application.fakes.UseCaseFixture;
import org.certdesk.domain.account.AccountId;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Organization;
import org.certdesk.domain.certificate.Product;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.review.ApprovalPolicy;
import org.certdesk.domain.review.GovRegistrantRule;
import org.certdesk.domain.review.RejectionCause;
import org.certdesk.domain.review.Review;
import org.certdesk.domain.review.ReviewEntry;
import org.certdesk.domain.review.Reviews;
import org.certdesk.domain.shared.ConcurrentChangeException;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.verification.VerificationAttempt;
import org.junit.jupiter.api.Test;

/** Approve and reject as one use case, with the ports in memory: the approval refuses what ApprovalPolicy refuses. */
class DecideApplicationTest {

    private final UseCaseFixture f = new UseCaseFixture();
    private final Actor customer = f.customer(1);
    private final Actor reviewer = Actor.staff(new AccountId(5), "rita", Role.REVIEWER);
    private final List<ReviewEntry> reviewLog = new ArrayList<>();
    private final Reviews reviews = new Reviews() {
        @Override
        public Review load(CertificateId certificate, int round, ValidationType type) {
            return new Review(type, reviewLog);
        }

        @Override
        public void append(CertificateId certificate, int round, ReviewEntry entry) {
            reviewLog.add(entry);
        }

        @Override
        public Map<CertificateId, List<ReviewEntry>> entriesOfRounds(Map<CertificateId, Integer> roundOf) {
            throw new AssertionError("not asked");
        }
    };
    private final DecideApplication decide = new DecideApplication(f.access, reviews,
            new GovRegistrantRule(domain -> Optional.empty()), f.issue, f.transactions, f.clock);

    private CertificateId submitted(ValidationType type, boolean domainsChecked) {
        return f.transactions.inTransaction(() -> {
            Certificate certificate = f.access.save(customer, Certificate.purchase(customer.tenant(), Product.single("Brand", type),
                    f.clock.instant()));
            var application = UseCaseFixture.dvApplication("www.shop.example.com");
            if (type != ValidationType.DV) {
                application = application.withOrganization(new Organization("Example Trading Co., Ltd.", "91110000600037341L",
                        "Limited company", "CN", "Beijing", "Beijing", "1 Chang'an Avenue", "100000", PhoneNumber.parse("+86 10 1234 5678")));
            }
            certificate.submit(application, f.tokens, f.policy, f.clock.instant());
            if (domainsChecked) {
                certificate.recordVerificationAttempt(certificate.verifications().getFirst().identifier(),
                        VerificationAttempt.passed(f.clock.instant(), "TXT seen"), f.policy);
            }
            return f.access.save(customer, certificate).id();
        });
    }

    private Certificate current(CertificateId id) {
        return f.certificates.findAnyById(id).orElseThrow();
    }

    private List<String> audited(CertificateId id) {
        return f.auditLog.forCertificate(id).stream().map(AuditEntry::action).toList();
    }

    @Test
    void aVerifiedDvApplicationIsApprovedAndIssued() {
        CertificateId id = submitted(ValidationType.DV, true);

        Certificate issued = decide.approve(reviewer, id, current(id).version());

        assertThat(issued.status()).isEqualTo(CertificateStatus.ISSUED);
        assertThat(f.signed).containsExactly(id);
        assertThat(audited(id)).contains("Application approved");
    }

    @Test
    void theApprovalRefusesWithTheReasonThePageShowsAndChangesNothing() {
        CertificateId id = submitted(ValidationType.OV, true);
        Certificate seen = current(id);
        String shownOnThePage = ApprovalPolicy.blocker(reviewer, seen, reviews.load(id, seen.round(), ValidationType.OV), Optional.empty())
                .orElseThrow().in(Locale.ROOT);

        assertThatThrownBy(() -> decide.approve(reviewer, id, seen.version()))
                .isInstanceOf(DomainException.class).hasMessage(shownOnThePage)
                .hasMessage("The applicant has not confirmed the verification email yet.");

        assertThat(current(id).status()).isEqualTo(CertificateStatus.VERIFYING);
        assertThat(current(id).version()).isEqualTo(seen.version());
        assertThat(f.signed).isEmpty();
        assertThat(audited(id)).doesNotContain("Application approved");
    }

    @Test
    void aDecisionTakenOnAPageAColleagueHasChangedSinceIsRefused() {
        CertificateId id = submitted(ValidationType.DV, true);
        long seen = current(id).version();
        decide.reject(reviewer, id, seen, RejectionCause.APPLICANT_REFUSED, null);

        assertThatThrownBy(() -> decide.approve(reviewer, id, seen)).isInstanceOf(ConcurrentChangeException.class);
        assertThatThrownBy(() -> decide.reject(reviewer, id, seen, RejectionCause.OTHER, "again"))
                .isInstanceOf(ConcurrentChangeException.class);
        assertThat(current(id).status()).isEqualTo(CertificateStatus.VALIDATION_FAILED);
        assertThat(f.signed).isEmpty();
    }

    @Test
    void aRejectionNeedsACauseAndOtherNeedsWords() {
        CertificateId id = submitted(ValidationType.DV, true);
        long seen = current(id).version();

        assertThatThrownBy(() -> decide.reject(reviewer, id, seen, null, "x"))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.field()).contains("rejectionCause"));
        assertThatThrownBy(() -> decide.reject(reviewer, id, seen, RejectionCause.OTHER, "  "))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.field()).contains("rejectionNote"));

        Certificate rejected = decide.reject(reviewer, id, seen, RejectionCause.OTHER, " The order was a test ");
        assertThat(rejected.failureCause()).contains("Other: The order was a test");
    }
}
