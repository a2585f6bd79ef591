package org.certdesk.domain.reminder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Optional;

import org.certdesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class ReminderPreferenceTest {

    private static final Instant NOT_AFTER = Instant.parse("2027-01-31T12:00:00Z");

    @Test
    void firstReminderIsDueFromTheLeadTimeBeforeExpiryUntilExpiry() {
        ReminderPreference thirtyDays = new ReminderPreference(30, 7);

        assertThat(thirtyDays.isDue(NOT_AFTER, Optional.empty(), Instant.parse("2027-01-01T11:59:59Z"))).isFalse();
        assertThat(thirtyDays.isDue(NOT_AFTER, Optional.empty(), Instant.parse("2027-01-01T12:00:00Z"))).isTrue();
        assertThat(thirtyDays.isDue(NOT_AFTER, Optional.empty(), Instant.parse("2027-01-31T11:59:59Z"))).isTrue();
        assertThat(thirtyDays.isDue(NOT_AFTER, Optional.empty(), NOT_AFTER)).as("expired").isFalse();
        assertThat(new ReminderPreference(90, 7).isDue(NOT_AFTER, Optional.empty(), Instant.parse("2026-11-03T12:00:00Z"))).isTrue();
    }

    @Test
    void repeatsOnlyAfterTheIntervalInCalendarDaysAndNeverTwiceADay() {
        ReminderPreference everyThreeDays = new ReminderPreference(30, 3);
        Optional<Instant> sentLateOnTheFifth = Optional.of(Instant.parse("2027-01-05T23:30:00Z"));

        assertThat(everyThreeDays.isDue(NOT_AFTER, sentLateOnTheFifth, Instant.parse("2027-01-05T23:59:00Z"))).isFalse();
        assertThat(everyThreeDays.isDue(NOT_AFTER, sentLateOnTheFifth, Instant.parse("2027-01-07T23:59:00Z"))).isFalse();
        assertThat(everyThreeDays.isDue(NOT_AFTER, sentLateOnTheFifth, Instant.parse("2027-01-08T00:00:00Z"))).isTrue();
        assertThat(new ReminderPreference(30, 1).isDue(NOT_AFTER, sentLateOnTheFifth, Instant.parse("2027-01-06T00:00:00Z")))
                .isTrue();
    }

    @Test
    void noRepeatMeansOneReminderOnly() {
        ReminderPreference once = new ReminderPreference(60, 0);

        assertThat(once.isDue(NOT_AFTER, Optional.of(Instant.parse("2026-12-10T08:00:00Z")), Instant.parse("2027-01-30T08:00:00Z")))
                .isFalse();
    }

    @Test
    void onlyTheOfferedChoicesAreAccepted() {
        assertThatThrownBy(() -> new ReminderPreference(45, 7)).isInstanceOf(DomainException.class)
                .hasMessage("Remind 30, 60 or 90 days before expiry, not 45.");
        assertThatThrownBy(() -> new ReminderPreference(30, 2)).isInstanceOf(DomainException.class)
                .hasMessageContaining("every 1, 3 or 7 days");
        assertThat(ReminderPreference.DEFAULT).isEqualTo(new ReminderPreference(30, 7));
    }
}
