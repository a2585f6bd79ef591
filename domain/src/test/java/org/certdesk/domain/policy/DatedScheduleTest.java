package org.certdesk.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DatedScheduleTest {

    private final DatedSchedule<String> schedule = DatedSchedule.of(Map.of(
            LocalDate.of(2026, 1, 1), "first", LocalDate.of(2027, 1, 1), "second"));

    @Test
    void firstStepAlsoCoversEarlierDates() {
        assertThat(schedule.valueOn(LocalDate.of(2020, 6, 1))).isEqualTo("first");
    }

    @Test
    void stepHoldsFromItsDateUntilTheNextStep() {
        assertThat(schedule.valueOn(LocalDate.of(2026, 12, 31))).isEqualTo("first");
        assertThat(schedule.valueOn(LocalDate.of(2027, 1, 1))).isEqualTo("second");
    }

    @Test
    void instantsAreDatedInUtc() {
        assertThat(schedule.valueAt(Instant.parse("2026-12-31T23:59:59Z"))).isEqualTo("first");
        assertThat(schedule.valueAt(Instant.parse("2027-01-01T00:00:00Z"))).isEqualTo("second");
    }
}
