package org.certdesk.domain.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.certdesk.domain.certificate.Fixtures.PURCHASED;
import static org.certdesk.domain.certificate.Fixtures.SUBMITTED;
import static org.certdesk.domain.certificate.Fixtures.TENANT;
import static org.certdesk.domain.certificate.Fixtures.aDvApplication;
import static org.certdesk.domain.certificate.Fixtures.anOvApplication;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.certdesk.domain.certificate.CertificateEvent.ApplicationRejected;
import org.certdesk.domain.certificate.CertificateEvent.ApplicationSubmitted;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.verification.DomainVerification;
import org.certdesk.domain.verification.SequenceTokenSource;
import org.certdesk.domain.verification.ValidationEvidence;
import org.certdesk.domain.verification.VerificationAttempt;
import org.certdesk.domain.verification.VerificationMethod;
import org.junit.jupiter.api.Test;

class CertificateLifecycleTest {

    private final IssuancePolicy policy = IssuancePolicy.baselineRequirements();
    private final SequenceTokenSource tokens = new SequenceTokenSource();

    private Certificate dvSlot() {
        return Certificate.purchase(TENANT, Product.single("CertDesk", ValidationType.DV), PURCHASED);
    }

    private Certificate ovSlot() {
        return Certificate.purchase(TENANT, Product.single("CertDesk", ValidationType.OV), PURCHASED);
    }

    private Certificate verifyingDv() {
        Certificate certificate = dvSlot();
        certificate.submit(aDvApplication().build(), tokens, policy, SUBMITTED);
        return certificate;
    }

    private Certificate verifiedDv() {
        Certificate certificate = verifyingDv();
        passAll(certificate, SUBMITTED.plus(Duration.ofHours(1)));
        return certificate;
    }

    private void passAll(Certificate certificate, Instant at) {
        for (DomainVerification v : certificate.verifications()) {
            certificate.recordVerificationAttempt(v.identifier(), VerificationAttempt.passed(at, "seen"), policy);
        }
    }

    private static IssuedCertificate validFor(Instant notBefore, int days) {
        return new IssuedCertificate("0123456789abcdef01", notBefore, notBefore.plus(Duration.ofDays(days)).minusSeconds(1));
    }

    private Certificate issuedDv() {
        Certificate certificate = verifiedDv();
        Instant issuedAt = SUBMITTED.plus(Duration.ofHours(2));
        certificate.markIssued(validFor(issuedAt, 90), policy, issuedAt);
        return certificate;
    }

    private Certificate failedOv() {
        Certificate certificate = ovSlot();
        certificate.submit(anOvApplication().build(), tokens, policy, SUBMITTED);
        certificate.reject("The business licence is illegible.", SUBMITTED.plus(Duration.ofDays(2)));
        return certificate;
    }

    // --- purchase and submit -------------------------------------------------------------------

    @Test
    void purchasedCertificateWaitsForItsApplication() {
        Certificate certificate = dvSlot();

        assertThat(certificate.status()).isEqualTo(CertificateStatus.PENDING_APPLICATION);
        assertThat(certificate.status().displayName()).isEqualTo("Pending Application");
        assertThat(certificate.id()).isNull();
        assertThat(certificate.application()).isEmpty();
    }

    @Test
    void submitMovesToVerifyingAndStartsOneVerificationPerName() {
        Certificate certificate = dvSlot();

        ApplicationSubmitted event = certificate.submit(aDvApplication().build(), tokens, policy, SUBMITTED);

        assertThat(event.before()).isEqualTo(CertificateStatus.PENDING_APPLICATION);
        assertThat(event.after()).isEqualTo(CertificateStatus.VERIFYING);
        assertThat(event.at()).isEqualTo(SUBMITTED);
        assertThat(event.round()).isEqualTo(1);
        assertThat(certificate.status()).isEqualTo(CertificateStatus.VERIFYING);
        assertThat(certificate.verifications()).extracting(v -> v.identifier().value()).containsExactly("www.example.com");
        assertThat(certificate.recordedEvents()).containsExactly(event);
    }

    @Test
    void invalidApplicationIsRefusedAndNothingChanges() {
        Certificate certificate = dvSlot();

        assertThatThrownBy(() -> certificate.submit(aDvApplication().withNames("*.example.com").build(), tokens, policy,
                SUBMITTED)).isInstanceOf(DomainException.class).hasMessageContaining("'*.example.com' is a wildcard");
        assertThat(certificate.status()).isEqualTo(CertificateStatus.PENDING_APPLICATION);
        assertThat(certificate.recordedEvents()).isEmpty();
    }

    @Test
    void submitIsRefusedWhileAlreadyVerifying() {
        Certificate certificate = verifyingDv();

        assertThatThrownBy(() -> certificate.submit(aDvApplication().build(), tokens, policy, SUBMITTED))
                .hasMessage("This application is already submitted.");
    }

    @Test
    void submitIsRefusedAfterFailureBecauseThatIsAResubmission() {
        Certificate certificate = failedOv();

        assertThatThrownBy(() -> certificate.submit(anOvApplication().build(), tokens, policy, SUBMITTED))
                .hasMessage("A failed application is resubmitted, not submitted again.");
    }

    @Test
    void submitIsRefusedOnceIssued() {
        Certificate certificate = issuedDv();

        assertThatThrownBy(() -> certificate.submit(aDvApplication().build(), tokens, policy, SUBMITTED))
                .hasMessage("A certificate that is Issued cannot take a new application.");
    }

    // --- cancel ---------------------------------------------------------------------------------

    @Test
    void cancelReturnsToPendingApplicationAndKeepsTheDataForEditing() {
        Certificate certificate = verifyingDv();
        CertificateApplication submitted = certificate.application().orElseThrow();

        var event = certificate.cancel(SUBMITTED.plusSeconds(60));

        assertThat(event.before()).isEqualTo(CertificateStatus.VERIFYING);
        assertThat(event.after()).isEqualTo(CertificateStatus.PENDING_APPLICATION);
        assertThat(certificate.status()).isEqualTo(CertificateStatus.PENDING_APPLICATION);
        assertThat(certificate.application()).contains(submitted);
        assertThat(certificate.verifications()).isEmpty();
        assertThat(certificate.history()).singleElement()
                .satisfies(round -> assertThat(round.outcome()).isEqualTo(RoundOutcome.CANCELLED));
    }

    @Test
    void cancelledApplicationCanBeEditedAndSubmittedAgainWithFreshTokens() {
        Certificate certificate = verifyingDv();
        String firstToken = certificate.verifications().get(0).token().value();
        certificate.cancel(SUBMITTED.plusSeconds(60));

        certificate.submit(aDvApplication().verifiedBy(VerificationMethod.FILE).build(), tokens, policy,
                SUBMITTED.plusSeconds(120));

        assertThat(certificate.round()).isEqualTo(2);
        assertThat(certificate.verifications().get(0).method()).isEqualTo(VerificationMethod.FILE);
        assertThat(certificate.verifications().get(0).token().value()).isNotEqualTo(firstToken);
    }

    @Test
    void cancelIsRefusedOnceIssued() {
        Certificate certificate = issuedDv();

        assertThatThrownBy(() -> certificate.cancel(SUBMITTED.plus(Duration.ofDays(1))))
                .isInstanceOf(DomainException.class)
                .hasMessage("An issued certificate cannot be cancelled.");
        assertThat(certificate.status()).isEqualTo(CertificateStatus.ISSUED);
    }

    @Test
    void cancelIsRefusedBeforeSubmission() {
        assertThatThrownBy(() -> dvSlot().cancel(SUBMITTED))
                .hasMessage("Only an application under verification can be cancelled; this certificate is Pending Application.");
    }

    @Test
    void cancelIsRefusedAfterFailure() {
        assertThatThrownBy(() -> failedOv().cancel(SUBMITTED)).hasMessageContaining("Validation Failed");
    }

    // --- verification -----------------------------------------------------------------------------

    @Test
    void failedDomainCheckKeepsTheStatusVerifying() {
        Certificate certificate = verifyingDv();
        Identifier name = DomainName.parse("www.example.com");

        var event = certificate.recordVerificationAttempt(name,
                VerificationAttempt.failed(SUBMITTED.plusSeconds(30), VerificationAttempt.NO_DNS_RECORD, null), policy);

        assertThat(event.after()).isEqualTo(CertificateStatus.VERIFYING);
        assertThat(certificate.status()).isEqualTo(CertificateStatus.VERIFYING);
        assertThat(certificate.isDomainVerificationComplete()).isFalse();
        assertThat(certificate.verificationOf(name).lastAttempt().orElseThrow().message()).isEqualTo("No DNS record found.");
    }

    @Test
    void attemptForANameNotInTheApplicationIsRefused() {
        Certificate certificate = verifyingDv();

        assertThatThrownBy(() -> certificate.recordVerificationAttempt(DomainName.parse("other.example.com"),
                VerificationAttempt.passed(SUBMITTED, "x"), policy))
                .hasMessage("'other.example.com' is not a name of this application.");
    }

    @Test
    void attemptIsRefusedWhenNotVerifying() {
        Certificate certificate = issuedDv();

        assertThatThrownBy(() -> certificate.recordVerificationAttempt(DomainName.parse("www.example.com"),
                VerificationAttempt.passed(SUBMITTED, "x"), policy))
                .hasMessage("Domain verification runs only while the application is Verifying.");
    }

    // --- reject and resubmit ------------------------------------------------------------------------

    @Test
    void rejectMovesToValidationFailedWithTheCause() {
        Certificate certificate = ovSlot();
        certificate.submit(anOvApplication().build(), tokens, policy, SUBMITTED);

        ApplicationRejected event = certificate.reject("  The business licence is illegible. ", SUBMITTED.plusSeconds(5));

        assertThat(event.after()).isEqualTo(CertificateStatus.VALIDATION_FAILED);
        assertThat(event.cause()).isEqualTo("The business licence is illegible.");
        assertThat(certificate.failureCause()).contains("The business licence is illegible.");
        assertThat(certificate.history()).singleElement()
                .satisfies(round -> assertThat(round.outcome()).isEqualTo(RoundOutcome.REJECTED));
    }

    @Test
    void rejectNeedsACause() {
        Certificate certificate = verifyingDv();

        assertThatThrownBy(() -> certificate.reject(" ", SUBMITTED))
                .hasMessage("A rejection needs a cause the customer can read.");
        assertThat(certificate.status()).isEqualTo(CertificateStatus.VERIFYING);
    }

    @Test
    void rejectIsRefusedOnceIssued() {
        assertThatThrownBy(() -> issuedDv().reject("late", SUBMITTED))
                .hasMessage("Only an application under verification can be rejected; this certificate is Issued.");
    }

    @Test
    void resubmitStartsANewRoundAndKeepsTheHistory() {
        Certificate certificate = failedOv();
        CertificateApplication modified = anOvApplication().withNames("shop.example.com").build();
        Instant resubmittedAt = SUBMITTED.plus(Duration.ofDays(3));

        var event = certificate.resubmit(modified, tokens, policy, resubmittedAt);

        assertThat(event.before()).isEqualTo(CertificateStatus.VALIDATION_FAILED);
        assertThat(event.after()).isEqualTo(CertificateStatus.VERIFYING);
        assertThat(event.round()).isEqualTo(2);
        assertThat(certificate.failureCause()).isEmpty();
        assertThat(certificate.application()).contains(modified);
        assertThat(certificate.submittedAt()).contains(resubmittedAt);
        assertThat(certificate.history()).hasSize(1);
        assertThat(certificate.history().get(0).cause()).isEqualTo("The business licence is illegible.");
        assertThat(certificate.history().get(0).application().identifiers().first().value()).isEqualTo("www.example.com");
    }

    @Test
    void resubmitIsRefusedUnlessFailed() {
        Certificate certificate = verifyingDv();

        assertThatThrownBy(() -> certificate.resubmit(aDvApplication().build(), tokens, policy, SUBMITTED))
                .hasMessage("Only a failed application can be resubmitted; this certificate is Verifying.");
    }

    // --- overdue ------------------------------------------------------------------------------------

    @Test
    void ovNotIssuedWithinThirtyDaysFailsWithThatCause() {
        Certificate certificate = ovSlot();
        certificate.submit(anOvApplication().build(), tokens, policy, SUBMITTED);

        assertThat(certificate.failIfOverdue(SUBMITTED.plus(Duration.ofDays(30)).minusSeconds(1))).isEmpty();
        assertThat(certificate.status()).isEqualTo(CertificateStatus.VERIFYING);

        ApplicationRejected event = certificate.failIfOverdue(SUBMITTED.plus(Duration.ofDays(30))).orElseThrow();

        assertThat(event.cause()).isEqualTo(Certificate.OVERDUE_CAUSE);
        assertThat(certificate.status()).isEqualTo(CertificateStatus.VALIDATION_FAILED);
    }

    @Test
    void dvIsNeverFailedForBeingOverdue() {
        Certificate certificate = verifyingDv();

        assertThat(certificate.failIfOverdue(SUBMITTED.plus(Duration.ofDays(90)))).isEmpty();
        assertThat(certificate.status()).isEqualTo(CertificateStatus.VERIFYING);
    }

    @Test
    void overdueClockRestartsOnResubmission() {
        Certificate certificate = failedOv();
        Instant resubmittedAt = SUBMITTED.plus(Duration.ofDays(20));
        certificate.resubmit(anOvApplication().build(), tokens, policy, resubmittedAt);

        assertThat(certificate.failIfOverdue(SUBMITTED.plus(Duration.ofDays(31)))).isEmpty();
        assertThat(certificate.failIfOverdue(resubmittedAt.plus(Duration.ofDays(30)))).isPresent();
    }

    // --- issue --------------------------------------------------------------------------------------

    @Test
    void markIssuedMovesToIssuedWithTheReference() {
        Certificate certificate = verifiedDv();
        Instant issuedAt = SUBMITTED.plus(Duration.ofHours(2));
        IssuedCertificate reference = validFor(issuedAt, 90);

        var event = certificate.markIssued(reference, policy, issuedAt);

        assertThat(event.before()).isEqualTo(CertificateStatus.VERIFYING);
        assertThat(event.after()).isEqualTo(CertificateStatus.ISSUED);
        assertThat(certificate.issued()).contains(reference);
        assertThat(certificate.history()).last()
                .satisfies(round -> assertThat(round.outcome()).isEqualTo(RoundOutcome.ISSUED));
    }

    @Test
    void markIssuedIsRefusedWhileANameIsUnverified() {
        Certificate certificate = verifyingDv();

        assertThatThrownBy(() -> certificate.markIssued(validFor(SUBMITTED, 90), policy, SUBMITTED))
                .hasMessage("Domain verification is not complete for: www.example.com.");
        assertThat(certificate.status()).isEqualTo(CertificateStatus.VERIFYING);
    }

    @Test
    void markIssuedIsRefusedWhenValidityExceedsThePolicy() {
        Certificate certificate = verifiedDv();
        Instant issuedAt = SUBMITTED.plus(Duration.ofHours(2));

        assertThatThrownBy(() -> certificate.markIssued(validFor(issuedAt, 201), policy, issuedAt))
                .hasMessageContaining("at most 200 days");
        assertThat(certificate.status()).isEqualTo(CertificateStatus.VERIFYING);
    }

    @Test
    void markIssuedIsRefusedTwice() {
        Certificate certificate = issuedDv();

        assertThatThrownBy(() -> certificate.markIssued(validFor(SUBMITTED, 90), policy, SUBMITTED))
                .hasMessage("This certificate is already issued.");
    }

    @Test
    void markIssuedIsRefusedAfterRejection() {
        assertThatThrownBy(() -> failedOv().markIssued(validFor(SUBMITTED, 90), policy, SUBMITTED))
                .hasMessageContaining("Validation Failed");
    }

    // --- after issuance -------------------------------------------------------------------------------

    @Test
    void lastThirtyDaysShowAsPendingExpiration() {
        Certificate certificate = issuedDv();
        Instant notAfter = certificate.issued().orElseThrow().notAfter();

        assertThat(certificate.isPendingExpiration(notAfter.minus(Duration.ofDays(31)))).isFalse();
        assertThat(certificate.isPendingExpiration(notAfter.minus(Duration.ofDays(30)))).isTrue();
        assertThat(certificate.displayStatus(notAfter.minus(Duration.ofDays(1)))).isEqualTo(DisplayStatus.PENDING_EXPIRATION);
        assertThat(certificate.displayStatus(notAfter.minus(Duration.ofDays(40)))).isEqualTo(DisplayStatus.ISSUED);
        assertThat(certificate.isPendingExpiration(notAfter.plusSeconds(1))).isFalse();
        for (Duration before : List.of(Duration.ofDays(31), Duration.ofDays(30), Duration.ZERO, Duration.ofSeconds(-1))) {
            Instant now = notAfter.minus(before);
            assertThat(DisplayStatus.of(CertificateStatus.ISSUED, notAfter, now))
                    .as("the list's rule, %s before notAfter", before).isEqualTo(certificate.displayStatus(now));
        }
        assertThat(DisplayStatus.of(CertificateStatus.REVOKED, notAfter, notAfter.minus(Duration.ofDays(1)))).isEqualTo(DisplayStatus.REVOKED);
    }

    @Test
    void revokeRecordsTheReasonAndTime() {
        Certificate certificate = issuedDv();
        Instant at = SUBMITTED.plus(Duration.ofDays(5));

        var event = certificate.revoke(RevocationReason.KEY_COMPROMISE, at);

        assertThat(event.after()).isEqualTo(CertificateStatus.REVOKED);
        assertThat(certificate.revocation()).contains(new Revocation(RevocationReason.KEY_COMPROMISE, at));
    }

    @Test
    void revokeIsRefusedForCertificateHold() {
        Certificate certificate = issuedDv();

        assertThatThrownBy(() -> certificate.revoke(RevocationReason.CERTIFICATE_HOLD, SUBMITTED.plus(Duration.ofDays(5))))
                .hasMessage("'Certificate hold' is not a revocation reason for a subscriber certificate.");
        assertThat(certificate.status()).isEqualTo(CertificateStatus.ISSUED);
    }

    @Test
    void revokeIsRefusedTwice() {
        Certificate certificate = issuedDv();
        certificate.revoke(RevocationReason.SUPERSEDED, SUBMITTED.plus(Duration.ofDays(5)));

        assertThatThrownBy(() -> certificate.revoke(RevocationReason.SUPERSEDED, SUBMITTED.plus(Duration.ofDays(6))))
                .hasMessage("This certificate is already revoked.");
    }

    @Test
    void revokeIsRefusedBeforeIssuance() {
        assertThatThrownBy(() -> verifyingDv().revoke(RevocationReason.UNSPECIFIED, SUBMITTED))
                .hasMessage("Only an issued certificate can be revoked; this certificate is Verifying.");
    }

    @Test
    void revokeIsRefusedPastNotAfter() {
        Certificate certificate = issuedDv();
        Instant after = certificate.issued().orElseThrow().notAfter().plusSeconds(1);

        assertThatThrownBy(() -> certificate.revoke(RevocationReason.UNSPECIFIED, after))
                .hasMessage("An expired certificate cannot be revoked.");
    }

    @Test
    void expireMovesToExpiredOncePastNotAfter() {
        Certificate certificate = issuedDv();
        Instant notAfter = certificate.issued().orElseThrow().notAfter();

        assertThatThrownBy(() -> certificate.expire(notAfter)).hasMessageContaining("has not expired");

        var event = certificate.expire(notAfter.plusSeconds(1));

        assertThat(event.after()).isEqualTo(CertificateStatus.EXPIRED);
        assertThat(certificate.status()).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void expireIsRefusedForARevokedCertificate() {
        Certificate certificate = issuedDv();
        certificate.revoke(RevocationReason.SUPERSEDED, SUBMITTED.plus(Duration.ofDays(5)));

        assertThatThrownBy(() -> certificate.expire(SUBMITTED.plus(Duration.ofDays(400))))
                .hasMessage("Only an issued certificate can expire; this certificate is Revoked.");
    }

    // --- renewal evidence, restore ---------------------------------------------------------------------

    @Test
    void renewalReusesEvidenceStillWithinItsPeriod() {
        Certificate old = issuedDv();
        Instant renewalAt = SUBMITTED.plus(Duration.ofDays(60));
        List<ValidationEvidence> evidence = old.reusableEvidence(renewalAt);
        assertThat(evidence).hasSize(1);

        Certificate renewal = dvSlot();
        renewal.submit(aDvApplication().build(), evidence, tokens, policy, renewalAt);

        assertThat(renewal.isDomainVerificationComplete()).isTrue();
        renewal.markIssued(validFor(renewalAt, 90), policy, renewalAt);
        assertThat(renewal.status()).isEqualTo(CertificateStatus.ISSUED);
    }

    @Test
    void renewalIgnoresEvidencePastItsPeriod() {
        Certificate old = issuedDv();
        Instant muchLater = SUBMITTED.plus(Duration.ofDays(150)); // past 2027-03-15 cut-off

        assertThat(old.reusableEvidence(muchLater)).isEmpty();
        Certificate renewal = dvSlot();
        renewal.submit(aDvApplication().build(), old.verifications().stream()
                .flatMap(v -> v.evidence().stream()).toList(), tokens, policy, muchLater);
        assertThat(renewal.isDomainVerificationComplete()).isFalse();
    }

    @Test
    void restoreRebuildsTheSameStateWithoutTransitions() {
        Certificate original = issuedDv();
        original.assignId(CertificateId.of(42));

        Certificate restored = Certificate.restore(original.snapshot());

        assertThat(restored.snapshot()).isEqualTo(original.snapshot());
        assertThat(restored.recordedEvents()).isEmpty();
        assertThat(restored.id()).isEqualTo(CertificateId.of(42));
        assertThatThrownBy(() -> restored.cancel(SUBMITTED)).hasMessage("An issued certificate cannot be cancelled.");
    }

    @Test
    void idCannotBeReassigned() {
        Certificate certificate = dvSlot();
        certificate.assignId(CertificateId.of(1));

        assertThatThrownBy(() -> certificate.assignId(CertificateId.of(2))).isInstanceOf(IllegalStateException.class);
    }
}
