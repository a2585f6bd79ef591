package org.certdesk.application.review;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ConfirmationLinksTest {

    @Test
    void aTokenCarriesAtLeast128BitsOfRandomness() {
        double bits = ConfirmationLinks.LENGTH * (Math.log(ConfirmationLinks.ALPHABET.length()) / Math.log(2));

        assertThat(bits).isGreaterThanOrEqualTo(128);
    }

    @Test
    void onlyTheHashIsKeptAndItIsStable() {
        String token = "a".repeat(ConfirmationLinks.LENGTH);

        assertThat(ConfirmationLinks.hash(token)).hasSize(64).matches("[0-9a-f]+").isEqualTo(ConfirmationLinks.hash(token))
                .isNotEqualTo(ConfirmationLinks.hash("b".repeat(ConfirmationLinks.LENGTH)));
    }

    @Test
    void anythingOfAnotherShapeIsNotAToken() {
        assertThat(ConfirmationLinks.looksLikeToken(null)).isFalse();
        assertThat(ConfirmationLinks.looksLikeToken("short")).isFalse();
        assertThat(ConfirmationLinks.looksLikeToken("-".repeat(ConfirmationLinks.LENGTH))).isFalse();
        assertThat(ConfirmationLinks.looksLikeToken("Z".repeat(ConfirmationLinks.LENGTH))).isTrue();
    }
}
