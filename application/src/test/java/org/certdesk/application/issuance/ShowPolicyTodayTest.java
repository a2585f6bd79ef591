package org.certdesk.application.issuance;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.certdesk.application.issuance.ShowPolicyToday.Change;
import org.certdesk.application.issuance.ShowPolicyToday.PolicyToday;
import org.certdesk.domain.policy.IssuancePolicy;
import org.junit.jupiter.api.Test;

/** The Apply panel's policy line: today's maximum validity and reuse period, and the BR dates they shrink on. */
class ShowPolicyTodayTest {

    private static PolicyToday on(String instant) {
        return new ShowPolicyToday(IssuancePolicy.baselineRequirements(), Clock.fixed(Instant.parse(instant), ZoneOffset.UTC)).show();
    }

    @Test
    void inDecember2026TheLimitIs200DaysAndTwoStepsLieAhead() {
        PolicyToday today = on("2026-12-05T10:00:00Z");

        assertThat(today.maxValidityDays()).isEqualTo(200);
        assertThat(today.validityChanges()).containsExactly(new Change(LocalDate.of(2027, 3, 15), 100),
                new Change(LocalDate.of(2029, 3, 15), 47));
        assertThat(today.evidenceReuseDays()).isEqualTo(200);
        assertThat(today.reuseChanges()).containsExactly(new Change(LocalDate.of(2027, 3, 15), 100),
                new Change(LocalDate.of(2029, 3, 15), 10));
        // the 2027-03-15 step cuts today's evidence short of 200 days (BR 4.2.1 applies at issuance)
        assertThat(today.evidenceReusableUntil()).isEqualTo(Instant.parse("2027-03-15T10:00:00Z"));
    }

    @Test
    void onTheDayOfAStepTheNewLimitHoldsAndTheStepIsNoLongerAhead() {
        PolicyToday today = on("2027-03-15T00:00:00Z");

        assertThat(today.maxValidityDays()).isEqualTo(100);
        assertThat(today.validityChanges()).containsExactly(new Change(LocalDate.of(2029, 3, 15), 47));
    }
}
