package org.certdesk.application.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Stream;

import org.certdesk.domain.review.RejectionCause;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.verification.VerificationAttempt;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Every English sentence CertDesk stores with a certificate reads back as a key the console translates. */
class StoredSentencesTest {

    static Stream<String> checkMessages() {
        return Stream.of(VerificationAttempt.NO_DNS_RECORD, VerificationAttempt.DNS_MISMATCH, VerificationAttempt.TIMED_OUT,
                VerificationAttempt.NO_FILE, VerificationAttempt.FILE_INVALID, VerificationAttempt.PASSED_MESSAGE);
    }

    @ParameterizedTest
    @MethodSource("checkMessages")
    void everyFixedCheckMessageHasAKey(String message) {
        assertThat(StoredSentences.checkMessage(message).key()).startsWith("progress.check.");
    }

    @Test
    void aCaaRefusalKeepsTheNameAndWhatWasFound() {
        assertThat(StoredSentences.checkMessage(VerificationAttempt.caaRefusal("shop.example.com", "0 issue \"other-ca.example\"")))
                .isEqualTo(Phrase.of("progress.check.caa", "shop.example.com", "0 issue \"other-ca.example\""));
    }

    @Test
    void whatAnotherServerWroteStaysAsWritten() {
        assertThat(StoredSentences.checkMessage("No TXT record found at _acme-challenge.example.com."))
                .isEqualTo(Phrase.of("progress.asWritten", "No TXT record found at _acme-challenge.example.com."));
        assertThat(StoredSentences.observed("20260101000000wrong")).isEqualTo(Phrase.of("progress.asWritten", "20260101000000wrong"));
        assertThat(StoredSentences.observed("http://example.com/.well-known/pki-validation/fileauth.txt contains the token"))
                .isEqualTo(Phrase.of("progress.check.fileFound", "http://example.com/.well-known/pki-validation/fileauth.txt"));
    }

    @ParameterizedTest
    @EnumSource(RejectionCause.class)
    void everyCauseAReviewerPicksTranslatesWithOrWithoutTheirNote(RejectionCause cause) {
        Phrase picked = Phrase.of("progress.cause." + cause.name());

        assertThat(StoredSentences.rejectionCause(cause.text() + ".")).isEqualTo(Phrase.of("progress.cause.plain", picked));
        assertThat(StoredSentences.rejectionCause(cause.text() + ": the licence: expired"))
                .isEqualTo(Phrase.of("progress.cause.withNote", picked, "the licence: expired"));
    }

    @Test
    void theOverdueCauseAndAnUnknownOneRead() {
        assertThat(StoredSentences.rejectionCause(Certificate.OVERDUE_CAUSE)).isEqualTo(Phrase.of("progress.cause.overdue"));
        assertThat(StoredSentences.rejectionCause("Written by hand before causes were picked"))
                .isEqualTo(Phrase.of("progress.asWritten", "Written by hand before causes were picked"));
    }
}
