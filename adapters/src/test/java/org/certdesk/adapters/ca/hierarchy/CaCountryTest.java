package org.certdesk.adapters.ca.hierarchy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

class CaCountryTest {

    @Test
    void acceptsAnIsoAlpha2CodeInEitherCase() {
        assertThat(CaCountry.of("de").code()).isEqualTo("DE");
        assertThat(CaCountry.of(" US ").code()).isEqualTo("US");
    }

    @ParameterizedTest
    @NullAndEmptySource
    @ValueSource(strings = {"USA", "U", "ZZ", "XX", "U1", "Deutschland"})
    void refusesWhatIsNoAssignedIsoAlpha2CodeNamingTheProperty(String configured) {
        assertThatThrownBy(() -> CaCountry.of(configured))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("certdesk.ca.country must be an ISO 3166-1 alpha-2 country code");
    }
}
