package org.certdesk.domain.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.certdesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class EmailAndPhoneTest {

    @Test
    void emailDomainIsNormalisedToPunycodeLowerCase() {
        EmailAddress email = EmailAddress.parse("Li.Wei@Bücher.Example.com");

        assertThat(email.value()).isEqualTo("Li.Wei@xn--bcher-kva.example.com");
        assertThat(email.domain()).isEqualTo("xn--bcher-kva.example.com");
    }

    @ParameterizedTest
    @ValueSource(strings = {"no-at-sign.example.com", "@example.com", "user@", "us..er@example.com",
            ".user@example.com", "user@localhost", "user@*.example.com", "us er@example.com"})
    void malformedEmailIsRefusedNamingIt(String input) {
        assertThatThrownBy(() -> EmailAddress.parse(input))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("'" + input + "'");
    }

    @ParameterizedTest
    @CsvSource({
            "+86 138-0013-8000, +8613800138000",
            "138 0013 8000, 13800138000",
            "+1-202-555-0123, +12025550123",
            "1234567, 1234567"})
    void phoneSeparatorsAreStripped(String input, String expected) {
        assertThat(PhoneNumber.parse(input).value()).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(strings = {"123456", "+1234567890123456", "(010) 1234 5678", "+86 138 ABCD 8000", "++8613800138000",
            "138.0013.8000"})
    void phoneOutsideTheRuleIsRefused(String input) {
        assertThatThrownBy(() -> PhoneNumber.parse(input))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("'" + input + "' is not a phone number");
    }

    @Test
    void phoneKnowsWhetherItIsInternational() {
        assertThat(PhoneNumber.parse("+8613800138000").isInternational()).isTrue();
        assertThat(PhoneNumber.parse("13800138000").isInternational()).isFalse();
    }
}
