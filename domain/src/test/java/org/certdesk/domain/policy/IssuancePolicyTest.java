package org.certdesk.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.certdesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class IssuancePolicyTest {

    private final IssuancePolicy policy = IssuancePolicy.baselineRequirements();

    @ParameterizedTest(name = "issued {0} -> at most {1} days")
    @CsvSource({
            "2025-01-01T00:00:00Z, 398",
            "2026-03-14T23:59:59Z, 398",
            "2026-03-15T00:00:00Z, 200",
            "2027-03-14T23:59:59Z, 200",
            "2027-03-15T00:00:00Z, 100",
            "2029-03-14T23:59:59Z, 100",
            "2029-03-15T00:00:00Z, 47",
            "2040-01-01T00:00:00Z, 47"})
    void maximumValidityFollowsBallotSc081ByIssuanceDate(Instant issuedAt, int days) {
        assertThat(policy.maxValidityDaysAt(issuedAt)).isEqualTo(days);
    }

    @ParameterizedTest(name = "issued {0} -> {1} days by default")
    @CsvSource({
            "2026-03-14T23:59:59Z, 397",
            "2026-03-15T00:00:00Z, 199",
            "2027-03-14T23:59:59Z, 199",
            "2027-03-15T00:00:00Z, 99",
            "2029-03-14T23:59:59Z, 99",
            "2029-03-15T00:00:00Z, 46"})
    void defaultValidityIsTheBr632ShouldLimitOneDayUnderTheMaximum(Instant issuedAt, int days) {
        assertThat(policy.defaultValidityDaysAt(issuedAt)).isEqualTo(days);
        assertThat(policy.maxValidityDaysAt(issuedAt) - days).isEqualTo(1);
    }

    @Test
    void defaultValidityIs199DaysCountingBothEndsAndPassesTheCheck() {
        Instant notBefore = Instant.parse("2026-06-01T00:00:00Z");

        Instant notAfter = policy.defaultNotAfter(notBefore, notBefore);

        assertThat(notAfter).isEqualTo(Instant.parse("2026-12-16T23:59:59Z"));
        assertThat(Duration.between(notBefore, notAfter.plusSeconds(1))).isEqualTo(Duration.ofDays(199));
        policy.checkValidity(notBefore, notAfter, notBefore);
    }

    @ParameterizedTest(name = "validated {0} -> reuse {1} days")
    @CsvSource({
            "2026-03-14T12:00:00Z, 398",
            "2026-03-15T00:00:00Z, 200",
            "2027-03-14T12:00:00Z, 200",
            "2027-03-15T00:00:00Z, 100",
            "2029-03-14T12:00:00Z, 100",
            "2029-03-15T00:00:00Z, 10"})
    void evidenceReuseFollowsBr421ByDate(Instant validatedAt, int days) {
        assertThat(policy.evidenceReuseDaysAt(validatedAt)).isEqualTo(days);
    }

    @Test
    void evidenceWithinOneStepIsReusableForTheFullPeriod() {
        Instant validatedAt = Instant.parse("2026-04-01T10:00:00Z");

        assertThat(policy.evidenceReusableUntil(validatedAt)).isEqualTo(validatedAt.plus(Duration.ofDays(200)));
    }

    @Test
    void laterShorterStepCutsOlderEvidenceShort() {
        // 398 days from 2026-03-14 would reach 2027-04; on 2027-03-15 the limit is 200 days, already passed,
        // so the evidence stops being reusable at the step itself.
        Instant validatedAt = Instant.parse("2026-03-14T12:00:00Z");

        assertThat(policy.evidenceReusableUntil(validatedAt)).isEqualTo(Instant.parse("2026-09-30T12:00:00Z"));
    }

    @Test
    void evidenceBeforeTheTenDayStepIsLimitedToTenDaysAfterIt() {
        Instant validatedAt = Instant.parse("2029-03-10T00:00:00Z");

        assertThat(policy.evidenceReusableUntil(validatedAt)).isEqualTo(Instant.parse("2029-03-20T00:00:00Z"));
    }

    @Test
    void validityOfExactlyTheMaximumCountingBothEndsIsAccepted() {
        Instant notBefore = Instant.parse("2026-06-01T00:00:00Z");
        Instant latest = notBefore.plus(Duration.ofDays(200)).minusSeconds(1);

        assertThat(policy.latestNotAfter(notBefore, notBefore)).isEqualTo(latest);
        policy.checkValidity(notBefore, latest, notBefore);
    }

    @Test
    void validityOneSecondOverTheMaximumIsRefused() {
        Instant notBefore = Instant.parse("2026-06-01T00:00:00Z");
        Instant tooLate = notBefore.plus(Duration.ofDays(200));

        assertThatThrownBy(() -> policy.checkValidity(notBefore, tooLate, notBefore))
                .isInstanceOf(DomainException.class)
                .hasMessage("A certificate issued on 2026-06-01 may be valid for at most 200 days.");
    }

    @Test
    void validityOf398DaysIsRefusedTheDayTheScheduleShortens() {
        Instant dayBefore = Instant.parse("2026-03-14T08:00:00Z");
        Instant dayOf = Instant.parse("2026-03-15T08:00:00Z");

        policy.checkValidity(dayBefore, dayBefore.plus(Duration.ofDays(398)).minusSeconds(1), dayBefore);
        assertThatThrownBy(() -> policy.checkValidity(dayOf, dayOf.plus(Duration.ofDays(398)).minusSeconds(1), dayOf))
                .hasMessageContaining("at most 200 days");
    }

    @Test
    void tokenLivesThirtyDays() {
        assertThat(policy.tokenLifetime()).isEqualTo(Duration.ofDays(30));
    }

    @ParameterizedTest
    @EnumSource(KeyAlgorithm.class)
    void everyListedKeyAlgorithmIsAllowedByDefault(KeyAlgorithm algorithm) {
        policy.checkKey(algorithm);
        assertThat(policy.allowedKeys()).contains(algorithm);
    }

    @Test
    void keyOutsideAStricterPolicyIsRefused() {
        IssuancePolicy ecOnly = new IssuancePolicy(
                DatedSchedule.of(java.util.Map.of(java.time.LocalDate.MIN, 47)),
                DatedSchedule.of(java.util.Map.of(java.time.LocalDate.MIN, 10)),
                Duration.ofDays(30), java.util.Set.of(KeyAlgorithm.EC_P256));

        assertThatThrownBy(() -> ecOnly.checkKey(KeyAlgorithm.RSA_2048))
                .hasMessage("Key algorithm RSA 2048 is not allowed by the issuance policy.");
    }
}
