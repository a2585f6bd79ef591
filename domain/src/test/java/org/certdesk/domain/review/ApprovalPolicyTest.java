package org.certdesk.domain.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.certdesk.domain.account.AccountId;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.Organization;
import org.certdesk.domain.certificate.Product;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.verification.DomainVerification;
import org.certdesk.domain.verification.SequenceTokenSource;
import org.certdesk.domain.verification.VerificationAttempt;
import org.junit.jupiter.api.Test;

/** The one rule behind both the reviewer's disabled Approve button and the approval command. */
class ApprovalPolicyTest {

    private static final Instant NOW = Instant.parse("2026-11-25T09:00:00Z");
    private static final EmailAddress CONTACT = EmailAddress.parse("li.wei@example.com");
    private static final Actor GATHERER = Actor.staff(new AccountId(1), "rita", Role.REVIEWER);
    private static final Actor APPROVER = Actor.staff(new AccountId(2), "sam", Role.REVIEWER);
    private final IssuancePolicy policy = IssuancePolicy.baselineRequirements();

    private Certificate verifyingOv(boolean domainsChecked) {
        Certificate certificate = Certificate.purchase(TenantId.of(7), Product.single("CertDesk", ValidationType.OV), NOW);
        Organization organization = new Organization("Example Trading Co., Ltd.", "91110000600037341L", "Limited company", "cn",
                "Beijing", "Beijing", "1 Chang'an Avenue", "100000", PhoneNumber.parse("+86 10 1234 5678"));
        certificate.submit(new CertificateApplication(Identifiers.parseLines("www.example.com"),
                new CsrSource.SystemGenerated(KeyAlgorithm.EC_P256), new Contact("Li Wei", CONTACT, PhoneNumber.parse("+86 138 0013 8000")),
                organization, null, null), new SequenceTokenSource(), policy, NOW);
        if (domainsChecked) {
            for (DomainVerification verification : certificate.verifications()) {
                certificate.recordVerificationAttempt(verification.identifier(), VerificationAttempt.passed(NOW, "seen"), policy);
            }
        }
        return certificate;
    }

    private static Review confirmedReview() {
        Review review = new Review(ValidationType.OV, List.of());
        review.emailSent(new ReviewerId(1), CONTACT, NOW);
        review.emailConfirmed(CONTACT, NOW.plusSeconds(60));
        return review;
    }

    private static Optional<String> blocker(Actor approver, Certificate certificate, Review review, Optional<Refusal> gov) {
        return ApprovalPolicy.blocker(approver, certificate, review, gov).map(refusal -> refusal.in(Locale.ROOT));
    }

    @Test
    void aCompleteOvApplicationMayBeApprovedAndTheCommandAgrees() {
        Certificate certificate = verifyingOv(true);

        assertThat(blocker(APPROVER, certificate, confirmedReview(), Optional.empty())).isEmpty();
        assertThatCode(() -> ApprovalPolicy.check(APPROVER, certificate, confirmedReview(), Optional.empty()))
                .doesNotThrowAnyException();
    }

    @Test
    void theReasonsComeInTheOrderAReviewerFixesThem() {
        Actor customer = Actor.customer(new AccountId(3), "alice", TenantId.of(7));
        Review unconfirmed = new Review(ValidationType.OV, List.of());
        Optional<Refusal> gov = Optional.of(Refusal.of("review.govRegistrantUnavailable", "www.agency.gov", "Example"));

        assertThat(blocker(customer, verifyingOv(true), confirmedReview(), Optional.empty())).contains("Only a CA reviewer can approve.");
        assertThat(blocker(APPROVER, verifyingOv(false), unconfirmed, gov)).contains("Domain verification is not complete yet.");
        assertThat(blocker(APPROVER, verifyingOv(true), unconfirmed, gov)).hasValueSatisfying(reason -> assertThat(reason)
                .startsWith("The Whois registrant of 'www.agency.gov' is not available"));
        assertThat(blocker(GATHERER, verifyingOv(true), unconfirmed, Optional.empty()))
                .contains("The applicant has not confirmed the verification email yet.");
    }

    @Test
    void onlyAnApplicationUnderVerificationIsApproved() {
        Certificate rejected = verifyingOv(true);
        rejected.reject("The organization could not be verified.", NOW.plusSeconds(600));

        assertThat(blocker(APPROVER, rejected, confirmedReview(), Optional.empty()))
                .contains("Only an application under verification can be approved; this certificate is Validation Failed.");
    }

    @Test
    void theCommandRefusesWithTheReasonTheButtonShowsInEveryLanguage() {
        Certificate notChecked = verifyingOv(false);
        Refusal shown = ApprovalPolicy.blocker(APPROVER, notChecked, confirmedReview(), Optional.empty()).orElseThrow();

        assertThatThrownBy(() -> ApprovalPolicy.check(APPROVER, notChecked, confirmedReview(), Optional.empty()))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.key()).isEqualTo(shown.key());
                    assertThat(refused.messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo(shown.in(Locale.SIMPLIFIED_CHINESE))
                            .isEqualTo("域名验证尚未完成。");
                });
    }
}
