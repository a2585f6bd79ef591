package org.certdesk.application.progress;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

import org.certdesk.domain.review.RejectionCause;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.verification.CorroborationRefusals;
import org.certdesk.domain.verification.PersistentDcvIdentity;
import org.certdesk.domain.verification.PersistentDcvRecord;
import org.certdesk.domain.verification.RirRegion;
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
    void aDnssecFailureKeepsTheNameItFailedFor() {
        assertThat(StoredSentences.checkMessage(VerificationAttempt.dnssecBogus("_pki-validation.shop.example.com")))
                .isEqualTo(Phrase.of("progress.check.dnssecBogus", "_pki-validation.shop.example.com"));
    }

    @Test
    void everyRefusedCorroborationReadsAsAKeyWithItsFigures() {
        assertThat(StoredSentences.checkMessage(CorroborationRefusals.tooFewPerspectives(1, 2, LocalDate.of(2026, 12, 5))))
                .isEqualTo(Phrase.of("progress.check.tooFewPerspectives", "1", "2", "2026-12-05"));
        assertThat(StoredSentences.checkMessage(CorroborationRefusals.tooFewPerspectives(0, 2, LocalDate.of(2026, 12, 5))))
                .isEqualTo(Phrase.of("progress.check.tooFewPerspectives", "0", "2", "2026-12-05"));
        assertThat(StoredSentences.checkMessage(CorroborationRefusals.notCorroborated(
                List.of("Frankfurt: saw \"xyz\"", "Singapore: unreachable (connection refused)"), 5, 1)))
                .isEqualTo(Phrase.of("progress.check.notCorroborated", "2", "5",
                        "Frankfurt: saw \"xyz\"; Singapore: unreachable (connection refused)", "1"));
        assertThat(StoredSentences.checkMessage(CorroborationRefusals.tooFewRegions(List.of(RirRegion.ARIN), 2)))
                .isEqualTo(Phrase.of("progress.check.tooFewRegions", "1", "ARIN", "2"));
        assertThat(StoredSentences.checkMessage(CorroborationRefusals.tooFewRegions(List.of(RirRegion.ARIN, RirRegion.RIPE_NCC), 3)))
                .isEqualTo(Phrase.of("progress.check.tooFewRegions", "2", "ARIN, RIPE_NCC", "3"));
        assertThat(StoredSentences.checkMessage(CorroborationRefusals.tooFewRegions(List.of(), 2)))
                .isEqualTo(Phrase.of("progress.check.noRegions", "2"));
    }

    /** The persistent record's verdict (BR 3.2.2.4.22), as the domain writes it, one phrase per value found. */
    @Test
    void everyPersistentRecordProblemReadsAsAKeyWithTheValueAsFound() {
        PersistentDcvIdentity identity = PersistentDcvIdentity.embeddedDefault();
        String ours = "https://console.example/accounts/1";
        String issuer = identity.issuerDomain();
        List<String> values = List.of(issuer + "; accounturi=https://console.example/accounts/2", "not a record",
                "other-ca.example; accounturi=" + ours, issuer, issuer + "; accounturi=" + ours + "; persistUntil=1700000000",
                issuer + "; accounturi=" + ours);
        String observed = String.join("; ", PersistentDcvRecord.judge(values.subList(0, 5), identity, ours, false,
                Instant.parse("2026-12-05T00:00:00Z")).problems());
        String wildcard = String.join("; ", PersistentDcvRecord.judge(values.subList(5, 6), identity, ours, true,
                Instant.parse("2026-12-05T00:00:00Z")).problems());

        assertThat(StoredSentences.observed(observed)).isEqualTo(Phrase.of("progress.check.persist.list",
                Phrase.of("progress.check.persist.anotherAccount", values.get(0), "https://console.example/accounts/2"),
                Phrase.of("progress.check.persist.list", Phrase.of("progress.check.persist.notRecord", "not a record"),
                        Phrase.of("progress.check.persist.list", Phrase.of("progress.check.persist.anotherCa", values.get(2), "other-ca.example"),
                                Phrase.of("progress.check.persist.list", Phrase.of("progress.check.persist.noAccount", issuer),
                                        Phrase.of("progress.check.persist.expired", values.get(4), "2023-11-14T22:13:20Z"))))));
        assertThat(StoredSentences.observed(wildcard)).isEqualTo(Phrase.of("progress.check.persist.noWildcard", values.get(5)));
    }

    @Test
    void nothingStoredStaysNothing() {
        assertThat(StoredSentences.checkMessage(null)).isNull();
        assertThat(StoredSentences.observed(null)).isNull();
        assertThat(StoredSentences.rejectionCause(null)).isNull();
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
