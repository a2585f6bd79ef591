package org.certdesk.domain.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;

import org.certdesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class HolidayTest {

    @Test
    void aHolidayNeedsAName() {
        assertThatThrownBy(() -> new Holiday(LocalDate.of(2026, 12, 24), "  "))
                .isInstanceOf(DomainException.class).hasMessage("A holiday needs a name.");
        assertThatThrownBy(() -> new Holiday(LocalDate.of(2026, 12, 24), "x".repeat(101)))
                .isInstanceOf(DomainException.class).hasMessageContaining("at most 100 characters");
    }

    @Test
    void theNameIsKeptWithoutSurroundingSpace() {
        assertThat(new Holiday(LocalDate.of(2026, 12, 24), " Company day ").name()).isEqualTo("Company day");
    }

    @Test
    void knowsWhetherItFallsOnAWeekend() {
        assertThat(new Holiday(LocalDate.of(2026, 10, 3), "National Day").fallsOnAWeekend()).isTrue(); // Saturday
        assertThat(new Holiday(LocalDate.of(2026, 10, 2), "National Day").fallsOnAWeekend()).isFalse(); // Friday
    }
}
