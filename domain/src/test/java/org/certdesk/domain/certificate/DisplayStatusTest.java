package org.certdesk.domain.certificate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.certdesk.domain.certificate.CertificateAction.APPLY;
import static org.certdesk.domain.certificate.CertificateAction.CANCEL;
import static org.certdesk.domain.certificate.CertificateAction.DOWNLOAD;
import static org.certdesk.domain.certificate.CertificateAction.RENEW;
import static org.certdesk.domain.certificate.CertificateAction.RESUBMIT;
import static org.certdesk.domain.certificate.CertificateAction.REVOKE;
import static org.certdesk.domain.certificate.CertificateAction.VIEW_CAUSE;
import static org.certdesk.domain.certificate.CertificateAction.VERIFY_NOW;
import static org.certdesk.domain.certificate.CertificateAction.VIEW_PROGRESS;
import static org.certdesk.domain.certificate.Fixtures.PURCHASED;
import static org.certdesk.domain.certificate.Fixtures.SUBMITTED;
import static org.certdesk.domain.certificate.Fixtures.TENANT;
import static org.certdesk.domain.certificate.Fixtures.aDvApplication;
import static org.certdesk.domain.certificate.Fixtures.anOvApplication;

import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.verification.DomainVerification;
import org.certdesk.domain.verification.SequenceTokenSource;
import org.certdesk.domain.verification.VerificationAttempt;
import org.junit.jupiter.api.Test;

/**
 * The one table of what each status allows, for every stored status inside and outside the
 * last 30 days before notAfter (the seed's buttons), and the aggregate's transitions keeping to it.
 */
class DisplayStatusTest {

    private static final Instant NOT_AFTER = Instant.parse("2027-03-01T00:00:00Z");
    private static final Instant LONG_BEFORE = NOT_AFTER.minus(Duration.ofDays(60));
    private static final Instant IN_LAST_30_DAYS = NOT_AFTER.minus(Duration.ofDays(10));

    private record Row(DisplayStatus shown, List<CertificateAction> actions, Optional<CertificateAction> badge) {
    }

    /** Written out by hand, as the console showed them before the table existed. */
    private static Map<CertificateStatus, Row> expected(boolean inLast30Days) {
        Map<CertificateStatus, Row> rows = new EnumMap<>(CertificateStatus.class);
        rows.put(CertificateStatus.PENDING_APPLICATION, new Row(DisplayStatus.PENDING_APPLICATION, List.of(APPLY), Optional.empty()));
        rows.put(CertificateStatus.VERIFYING, new Row(DisplayStatus.VERIFYING, List.of(VIEW_PROGRESS, VERIFY_NOW, CANCEL), Optional.of(VIEW_PROGRESS)));
        rows.put(CertificateStatus.VALIDATION_FAILED, new Row(DisplayStatus.VALIDATION_FAILED, List.of(VIEW_CAUSE, RESUBMIT),
                Optional.of(VIEW_CAUSE)));
        rows.put(CertificateStatus.ISSUED, new Row(inLast30Days ? DisplayStatus.PENDING_EXPIRATION : DisplayStatus.ISSUED,
                List.of(DOWNLOAD, REVOKE, RENEW), Optional.of(DOWNLOAD)));
        rows.put(CertificateStatus.REVOKED, new Row(DisplayStatus.REVOKED, List.of(VIEW_PROGRESS), Optional.empty()));
        rows.put(CertificateStatus.EXPIRED, new Row(DisplayStatus.EXPIRED, List.of(DOWNLOAD, RENEW), Optional.of(DOWNLOAD)));
        return rows;
    }

    @Test
    void everyStatusInsideAndOutsideTheLastThirtyDaysAllowsWhatTheConsoleOffers() {
        for (boolean inLast30Days : List.of(false, true)) {
            Instant now = inLast30Days ? IN_LAST_30_DAYS : LONG_BEFORE;
            Map<CertificateStatus, Row> rows = expected(inLast30Days);
            assertThat(rows).hasSize(CertificateStatus.values().length);
            for (CertificateStatus status : CertificateStatus.values()) {
                DisplayStatus shown = DisplayStatus.of(status, NOT_AFTER, now);
                Row row = rows.get(status);
                String as = status + (inLast30Days ? " in its last 30 days" : " long before notAfter");
                assertThat(shown).as(as).isEqualTo(row.shown());
                assertThat(shown.allowedActions()).as(as).isEqualTo(row.actions());
                assertThat(shown.badgeAction()).as(as).isEqualTo(row.badge());
                for (CertificateAction action : CertificateAction.values()) {
                    assertThat(shown.allows(action)).as("%s: %s", as, action).isEqualTo(row.actions().contains(action));
                }
            }
        }
    }

    @Test
    void pendingExpirationStartsThirtyDaysBeforeNotAfterAndEndsAtIt() {
        assertThat(DisplayStatus.of(CertificateStatus.ISSUED, NOT_AFTER, NOT_AFTER.minus(Duration.ofDays(30)).minusSeconds(1)))
                .isEqualTo(DisplayStatus.ISSUED);
        assertThat(DisplayStatus.of(CertificateStatus.ISSUED, NOT_AFTER, NOT_AFTER.minus(Duration.ofDays(30))))
                .isEqualTo(DisplayStatus.PENDING_EXPIRATION);
        assertThat(DisplayStatus.of(CertificateStatus.ISSUED, NOT_AFTER, NOT_AFTER)).isEqualTo(DisplayStatus.PENDING_EXPIRATION);
        assertThat(DisplayStatus.of(CertificateStatus.ISSUED, NOT_AFTER, NOT_AFTER.plusSeconds(1)))
                .as("past notAfter but not yet swept to Expired").isEqualTo(DisplayStatus.ISSUED);
        assertThat(DisplayStatus.of(CertificateStatus.ISSUED, null, LONG_BEFORE)).isEqualTo(DisplayStatus.ISSUED);
    }

    @Test
    void theEnglishNamesStayTheSeedsAndTheStoredStatusesKeepTheirs() {
        for (CertificateStatus status : CertificateStatus.values()) {
            assertThat(DisplayStatus.valueOf(status.name()).displayName()).isEqualTo(status.displayName());
        }
        assertThat(DisplayStatus.PENDING_EXPIRATION.displayName()).isEqualTo("Pending Expiration");
    }

    // --- the aggregate asks the same table ---------------------------------------------------

    private final IssuancePolicy policy = IssuancePolicy.baselineRequirements();
    private final SequenceTokenSource tokens = new SequenceTokenSource();

    @Test
    void theAggregateAnswersAsTheStaticFormForListRows() {
        Certificate issued = issuedDv();
        Instant notAfter = issued.issued().orElseThrow().notAfter();
        for (Instant now : List.of(notAfter.minus(Duration.ofDays(40)), notAfter.minus(Duration.ofDays(5)))) {
            assertThat(issued.displayStatus(now)).isEqualTo(DisplayStatus.of(CertificateStatus.ISSUED, notAfter, now));
            assertThat(issued.allowedActions(now)).isEqualTo(List.of(DOWNLOAD, REVOKE, RENEW));
        }
        assertThat(dvSlot().allowedActions(SUBMITTED)).containsExactly(APPLY);
        assertThat(verifyingDv().allowedActions(SUBMITTED)).containsExactly(VIEW_PROGRESS, VERIFY_NOW, CANCEL);
        assertThat(failedOv().allowedActions(SUBMITTED)).containsExactly(VIEW_CAUSE, RESUBMIT);
    }

    @Test
    void transitionsTheTableDoesNotAllowAreRefused() {
        Instant later = SUBMITTED.plus(Duration.ofDays(3));
        Certificate verifying = verifyingDv();
        assertThat(verifying.allows(REVOKE, later)).isFalse();
        assertThatThrownBy(() -> verifying.revoke(RevocationReason.KEY_COMPROMISE, later)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> verifying.submit(aDvApplication().build(), tokens, policy, later)).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> verifying.resubmit(aDvApplication().build(), tokens, policy, later)).isInstanceOf(DomainException.class);

        Certificate pending = dvSlot();
        assertThat(pending.allows(CANCEL, later)).isFalse();
        assertThatThrownBy(() -> pending.cancel(later)).isInstanceOf(DomainException.class);

        Certificate issued = issuedDv();
        Instant inLast30Days = issued.issued().orElseThrow().notAfter().minus(Duration.ofDays(5));
        assertThat(issued.displayStatus(inLast30Days)).isEqualTo(DisplayStatus.PENDING_EXPIRATION);
        assertThatThrownBy(() -> issued.cancel(inLast30Days)).isInstanceOf(DomainException.class);
        issued.revoke(RevocationReason.KEY_COMPROMISE, inLast30Days);
        assertThat(issued.allowedActions(inLast30Days)).containsExactly(VIEW_PROGRESS);
    }

    private Certificate dvSlot() {
        return Certificate.purchase(TENANT, Product.single("CertDesk", ValidationType.DV), PURCHASED);
    }

    private Certificate verifyingDv() {
        Certificate certificate = dvSlot();
        certificate.submit(aDvApplication().build(), tokens, policy, SUBMITTED);
        return certificate;
    }

    private Certificate issuedDv() {
        Certificate certificate = verifyingDv();
        Instant at = SUBMITTED.plus(Duration.ofHours(1));
        for (DomainVerification v : certificate.verifications()) {
            certificate.recordVerificationAttempt(v.identifier(), VerificationAttempt.passed(at, "seen"), policy);
        }
        Instant issuedAt = SUBMITTED.plus(Duration.ofHours(2));
        certificate.markIssued(new IssuedCertificate("0123456789abcdef01", issuedAt, issuedAt.plus(Duration.ofDays(90))), policy, issuedAt);
        return certificate;
    }

    private Certificate failedOv() {
        Certificate certificate = Certificate.purchase(TENANT, Product.single("CertDesk", ValidationType.OV), PURCHASED);
        certificate.submit(anOvApplication().build(), tokens, policy, SUBMITTED);
        certificate.reject("The business licence is illegible.", SUBMITTED.plus(Duration.ofDays(2)));
        return certificate;
    }
}
