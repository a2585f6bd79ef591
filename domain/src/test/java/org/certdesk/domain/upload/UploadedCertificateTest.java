package org.certdesk.domain.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.certdesk.domain.account.TenantId;
import org.junit.jupiter.api.Test;

class UploadedCertificateTest {

    private static final Instant NOW = Instant.parse("2026-11-25T12:00:00Z");

    @Test
    void daysLeftCountWholeDaysAndTheBadgeTurnsAmberAMonthAheadAndRedAtTheEnd() {
        assertThat(endingIn(Duration.ofDays(30)).expiryState(NOW)).isEqualTo(ExpiryState.VALID);
        assertThat(endingIn(Duration.ofDays(30)).daysLeft(NOW)).isEqualTo(30);
        assertThat(endingIn(Duration.ofDays(30).minusSeconds(1)).expiryState(NOW)).isEqualTo(ExpiryState.EXPIRING_SOON);
        assertThat(endingIn(Duration.ofDays(30).minusSeconds(1)).daysLeft(NOW)).isEqualTo(29);
        assertThat(endingIn(Duration.ofHours(5)).daysLeft(NOW)).isZero();
        assertThat(endingIn(Duration.ofHours(5)).expiryState(NOW)).isEqualTo(ExpiryState.EXPIRING_SOON);
        assertThat(endingIn(Duration.ZERO).expiryState(NOW)).isEqualTo(ExpiryState.EXPIRED);
        assertThat(endingIn(Duration.ofDays(-2)).daysLeft(NOW)).isEqualTo(-2);
        assertThat(endingIn(Duration.ofDays(-2)).expiryState(NOW)).isEqualTo(ExpiryState.EXPIRED);
    }

    @Test
    void theLabelIsTrimmedRequiredAndBounded() {
        assertThat(UploadedCertificate.requireLabel("  Web shop ")).isEqualTo("Web shop");
        assertThatThrownBy(() -> UploadedCertificate.requireLabel(" "))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> assertThat(e.problem()).isEqualTo(UploadProblem.LABEL_REQUIRED));
        assertThatThrownBy(() -> UploadedCertificate.requireLabel("x".repeat(UploadedCertificate.MAX_LABEL_LENGTH + 1)))
                .isInstanceOfSatisfying(UploadRejectedException.class, e -> {
                    assertThat(e.problem()).isEqualTo(UploadProblem.LABEL_TOO_LONG);
                    assertThat(e.problem().field()).isEqualTo(UploadProblem.Field.LABEL);
                });
    }

    @Test
    void theNameShownIsTheCommonNameElseTheFirstSanElseTheLabel() {
        assertThat(certificate("www.example.org", List.of("example.org")).displayName()).isEqualTo("www.example.org");
        assertThat(certificate(null, List.of("example.org", "www.example.org")).displayName()).isEqualTo("example.org");
        assertThat(certificate(null, List.of()).displayName()).isEqualTo("Label");
    }

    private static UploadedCertificate endingIn(Duration left) {
        return new UploadedCertificate(null, TenantId.of(1), "Label", "a.example.org", List.of("a.example.org"), "CN=CA", "CA", "01",
                NOW.minus(Duration.ofDays(90)), NOW.plus(left), "00".repeat(32), "pem", "", NOW, "alice");
    }

    private static UploadedCertificate certificate(String commonName, List<String> sans) {
        return new UploadedCertificate(null, TenantId.of(1), "Label", commonName, sans, "CN=CA", "CA", "01", NOW, NOW.plusSeconds(60),
                "00".repeat(32), "pem", null, NOW, "alice");
    }
}
