package org.certdesk.domain.simulation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;

import org.certdesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class SimulationSettingsTest {

    @Test
    void theSpeedFactorDividesTheCasWaitsDownToOneSecond() {
        assertThat(SimulationSettings.DEFAULT.accelerate(Duration.ofMinutes(2))).isEqualTo(Duration.ofMinutes(2));
        assertThat(new SimulationSettings(true, 60).accelerate(Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(1));
        assertThat(new SimulationSettings(true, 1000).accelerate(Duration.ofMinutes(2))).isEqualTo(Duration.ofSeconds(1));
    }

    @Test
    void theFactorRunsFromOneToAThousand() {
        assertThatThrownBy(() -> new SimulationSettings(true, 0)).isInstanceOf(DomainException.class)
                .hasMessage("The speed factor is a whole number from 1 to 1000, not 0.");
        assertThatThrownBy(() -> new SimulationSettings(false, 1001)).isInstanceOf(DomainException.class);
        assertThat(SimulationSettings.DEFAULT.autoApproveDv()).isTrue();
    }
}
