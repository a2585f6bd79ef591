package org.certdesk.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.certdesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class VerificationTokenTest {

    private final Instant now = Instant.parse("2026-11-25T08:30:05Z");

    @Test
    void tokenIsTimestampFollowedByFiftyLowercaseLettersAndDigits() {
        VerificationToken token = VerificationToken.generate(new SequenceTokenSource(), now, Duration.ofDays(30));

        assertThat(token.value()).startsWith("20261125083005").hasSize(64).matches("[0-9]{14}[a-z0-9]{50}");
    }

    @Test
    void randomPartCarriesAtLeast112BitsOfEntropy() {
        double bits = VerificationToken.RANDOM_LENGTH * (Math.log(VerificationToken.ALPHABET.length()) / Math.log(2));

        assertThat(bits).isGreaterThanOrEqualTo(112);
    }

    @Test
    void tokenExpiresAfterItsLifetimeNotBefore() {
        VerificationToken token = VerificationToken.generate(new SequenceTokenSource(), now, Duration.ofDays(30));

        assertThat(token.isExpiredAt(now.plus(Duration.ofDays(30)).minusSeconds(1))).isFalse();
        assertThat(token.isExpiredAt(now.plus(Duration.ofDays(30)))).isTrue();
    }

    @Test
    void defaultLifetimeComesFromThePolicy() {
        VerificationToken token = VerificationToken.generate(new SequenceTokenSource(), now);

        assertThat(token.expiresAt()).isEqualTo(now.plus(Duration.ofDays(30)));
    }

    @Test
    void successiveTokensDiffer() {
        SequenceTokenSource source = new SequenceTokenSource();

        assertThat(VerificationToken.generate(source, now)).isNotEqualTo(VerificationToken.generate(source, now));
    }

    @Test
    void tokenNotInTheFormIsRefused() {
        assertThatThrownBy(() -> new VerificationToken("20261125083005ABC", now, now.plusSeconds(60)))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("is not a verification token");
    }

    @Test
    void sourceGivingUppercaseIsRefused() {
        TokenSource shouting = (alphabet, length) -> "A".repeat(length);

        assertThatThrownBy(() -> VerificationToken.generate(shouting, now, Duration.ofDays(30)))
                .isInstanceOf(DomainException.class);
    }
}
