package org.certdesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.certdesk.domain.certificate.ValidationType;
import org.junit.jupiter.api.Test;

class SlaClocksTest {

    /** Thursday 3 December 2026, 10:00 UTC. */
    private static final Instant THURSDAY = Instant.parse("2026-12-03T10:00:00Z");
    private static final LocalDate MONDAY_HOLIDAY = LocalDate.of(2026, 12, 7);
    private final BusinessCalendar noHolidays = new BusinessCalendar(List.of());
    private final BusinessCalendar withHoliday = new BusinessCalendar(List.of(MONDAY_HOLIDAY));

    @Test
    void aFreshDvApplicationWaitsOnTheCustomerWhoseTimeRunsWithNoTarget() {
        Instant now = THURSDAY.plus(Duration.ofHours(5));

        SlaClocks clocks = SlaClocks.of(dv(null, null), noHolidays, now);

        assertThat(clocks.waitingOn()).contains(Party.CUSTOMER);
        assertThat(clocks.waitingSince()).isEqualTo(THURSDAY);
        assertThat(clocks.domainVerification().waitingOn()).contains(Party.CUSTOMER);
        assertThat(clocks.domainVerification().due()).isNull();
        assertThat(clocks.domainVerification().onCustomer()).isEqualTo(Duration.ofHours(5));
        assertThat(clocks.caReview().waitingOn()).isEmpty();
        assertThat(clocks.onCustomer()).isEqualTo(Duration.ofHours(5));
        assertThat(clocks.onCa()).isEqualTo(Duration.ZERO);
        assertThat(clocks.organizationVerification()).isEmpty();
        assertThat(clocks.failsAutomaticallyOn()).isEmpty();
    }

    @Test
    void theDvDecisionIsDueTwoBusinessDaysAfterSubmissionSkippingTheWeekendAndAHoliday() {
        Instant verified = THURSDAY.plus(Duration.ofHours(2));

        assertThat(SlaClocks.of(dv(verified, null), noHolidays, verified).caReview().due()).isEqualTo(LocalDate.of(2026, 12, 7));
        assertThat(SlaClocks.of(dv(verified, null), withHoliday, verified).caReview().due()).isEqualTo(LocalDate.of(2026, 12, 8));
    }

    @Test
    void onceTheNamesAreVerifiedTheCaIsWaitedOnAndEachSideKeepsItsTime() {
        Instant verified = THURSDAY.plus(Duration.ofHours(2));
        Instant now = verified.plus(Duration.ofHours(3));

        SlaClocks clocks = SlaClocks.of(dv(verified, null), withHoliday, now);

        assertThat(clocks.waitingOn()).contains(Party.CA);
        assertThat(clocks.waitingSince()).isEqualTo(verified);
        assertThat(clocks.domainVerification().waitingOn()).isEmpty();
        assertThat(clocks.caReview().waitingOn()).contains(Party.CA);
        assertThat(clocks.caReview().since()).isEqualTo(verified);
        assertThat(clocks.onCustomer()).isEqualTo(Duration.ofHours(2));
        assertThat(clocks.onCa()).isEqualTo(Duration.ofHours(3));
        assertThat(clocks.caReview().overdue()).isFalse();
    }

    @Test
    void theCaReviewIsOverdueTheBusinessDayAfterItsDueDateButNotOnIt() {
        Instant verified = THURSDAY.plus(Duration.ofHours(2));

        assertThat(SlaClocks.of(dv(verified, null), withHoliday, Instant.parse("2026-12-08T23:59:00Z")).caReview().overdue()).isFalse();
        assertThat(SlaClocks.of(dv(verified, null), withHoliday, Instant.parse("2026-12-09T00:01:00Z")).caReview().overdue()).isTrue();
    }

    @Test
    void onlyAStepStillOpenPastItsDueDateMakesTheApplicationOverdue() {
        Instant verified = THURSDAY.plus(Duration.ofHours(2));

        assertThat(SlaClocks.of(dv(verified, null), withHoliday, Instant.parse("2026-12-08T23:59:00Z")).openStepOverdue()).isFalse();
        assertThat(SlaClocks.of(dv(verified, null), withHoliday, Instant.parse("2026-12-09T00:01:00Z")).openStepOverdue()).isTrue();
        assertThat(SlaClocks.of(dv(null, null), noHolidays, Instant.parse("2026-12-20T00:00:00Z")).openStepOverdue())
                .as("the customer's DV step has no target").isFalse();
        SlaClocks decidedLate = SlaClocks.of(dv(verified, Instant.parse("2026-12-10T09:00:00Z")), withHoliday,
                Instant.parse("2026-12-11T09:00:00Z"));
        assertThat(decidedLate.caReview().overdue()).isTrue();
        assertThat(decidedLate.openStepOverdue()).as("finished late, but nothing is awaited any more").isFalse();
    }

    @Test
    void aLateCustomerDoesNotMakeTheCaOverdueUntilItIsTheCasTurn() {
        SlaClocks waitingOnCustomer = SlaClocks.of(dv(null, null), noHolidays, Instant.parse("2026-12-20T00:00:00Z"));

        assertThat(waitingOnCustomer.caReview().overdue()).isFalse();
        assertThat(waitingOnCustomer.domainVerification().overdue()).isFalse();
    }

    @Test
    void anIssuedApplicationWaitsOnNobodyAndStopsItsClocks() {
        Instant verified = THURSDAY.plus(Duration.ofHours(2));
        Instant issued = verified.plus(Duration.ofMinutes(30));

        SlaClocks clocks = SlaClocks.of(dv(verified, issued), noHolidays, issued.plus(Duration.ofDays(40)));

        assertThat(clocks.waitingOn()).isEmpty();
        assertThat(clocks.caReview().waitingOn()).isEmpty();
        assertThat(clocks.caReview().onCa()).isEqualTo(Duration.ofMinutes(30));
        assertThat(clocks.caReview().overdue()).isFalse();
        assertThat(clocks.onCa()).isEqualTo(Duration.ofMinutes(30));
    }

    @Test
    void anOvApplicationWaitsOnTheCaForFirstContactDueTheNextBusinessDay() {
        Instant friday = Instant.parse("2026-12-04T09:00:00Z");
        Instant verified = friday.plus(Duration.ofHours(1));
        ApplicationTimeline round = new ApplicationTimeline(ValidationType.OV, friday, verified, null, null, null);

        SlaClocks clocks = SlaClocks.of(round, withHoliday, verified.plus(Duration.ofHours(1)));

        StepClock organization = clocks.organizationVerification().orElseThrow();
        assertThat(organization.waitingOn()).contains(Party.CA);
        assertThat(organization.due()).isEqualTo(LocalDate.of(2026, 12, 8));
        assertThat(clocks.waitingOn()).contains(Party.CA);
        assertThat(clocks.failsAutomaticallyOn()).contains(LocalDate.of(2027, 1, 3));
        assertThat(clocks.domainVerification().due()).isEqualTo(LocalDate.of(2027, 1, 3));
        assertThat(SlaClocks.of(round, withHoliday, Instant.parse("2026-12-09T08:00:00Z"))
                .organizationVerification().orElseThrow().overdue()).isTrue();
    }

    @Test
    void afterTheCasEmailTheOvApplicationWaitsOnTheCustomersConfirmationThenOnTheDecision() {
        Instant contacted = THURSDAY.plus(Duration.ofHours(4));
        Instant verified = THURSDAY.plus(Duration.ofHours(1));
        Instant confirmed = contacted.plus(Duration.ofHours(2));

        SlaClocks waiting = SlaClocks.of(new ApplicationTimeline(ValidationType.OV, THURSDAY, verified, contacted, null, null),
                noHolidays, contacted.plus(Duration.ofHours(1)));
        assertThat(waiting.waitingOn()).contains(Party.CUSTOMER);
        assertThat(waiting.waitingSince()).isEqualTo(contacted);
        assertThat(waiting.organizationVerification().orElseThrow().onCa()).isEqualTo(Duration.ofHours(4));
        assertThat(waiting.organizationVerification().orElseThrow().onCustomer()).isEqualTo(Duration.ofHours(1));

        SlaClocks deciding = SlaClocks.of(new ApplicationTimeline(ValidationType.OV, THURSDAY, verified, contacted, confirmed, null),
                noHolidays, confirmed.plus(Duration.ofHours(1)));
        assertThat(deciding.waitingOn()).contains(Party.CA);
        assertThat(deciding.caReview().since()).isEqualTo(confirmed);
        // 1 h publishing the record, 2 h answering the email; the CA had the other 4 h
        assertThat(deciding.onCustomer()).isEqualTo(Duration.ofHours(3));
        assertThat(deciding.onCa()).isEqualTo(Duration.ofHours(4));
        assertThat(deciding.caReview().due()).isEqualTo(LocalDate.of(2026, 12, 14));
    }

    @Test
    void evidenceValidatedBeforeTheSubmissionCostsTheCustomerNoTime() {
        SlaClocks clocks = SlaClocks.of(dv(THURSDAY.minus(Duration.ofDays(3)), null), noHolidays, THURSDAY.plus(Duration.ofHours(1)));

        assertThat(clocks.onCustomer()).isEqualTo(Duration.ZERO);
        assertThat(clocks.waitingOn()).isEqualTo(Optional.of(Party.CA));
    }

    private static ApplicationTimeline dv(Instant verified, Instant ended) {
        return new ApplicationTimeline(ValidationType.DV, THURSDAY, verified, null, null, ended);
    }
}
