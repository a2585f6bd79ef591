package org.certdesk.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.verification.DnsLookup.DnsAnswer;
import org.certdesk.domain.verification.WebsiteFileFetcher.FileFetch;
import org.junit.jupiter.api.Test;

class DomainVerificationCheckTest {

    private final Instant now = Instant.parse("2026-11-25T08:00:00Z");
    private final IssuancePolicy policy = IssuancePolicy.baselineRequirements();

    private DomainVerification dnsVerification() {
        return DomainVerification.start(DomainName.parse("www.example.com"), VerificationMethod.DNS_TXT,
                new SequenceTokenSource(), policy, now);
    }

    private DomainVerification fileVerification() {
        return DomainVerification.start(DomainName.parse("www.example.com"), VerificationMethod.FILE,
                new SequenceTokenSource(), policy, now);
    }

    private static DomainVerificationCheck with(DnsAnswer txt, FileFetch file) {
        DnsLookup dns = new DnsLookup() {
            @Override
            public DnsAnswer txt(String name) {
                return txt;
            }

            @Override
            public DnsAnswer caa(String name) {
                return new DnsAnswer.NoRecords();
            }

            @Override
            public DnsAnswer addresses(String name) {
                return new DnsAnswer.NoRecords();
            }
        };
        return new DomainVerificationCheck(dns, url -> file);
    }

    @Test
    void matchingTxtRecordPasses() {
        DomainVerification v = dnsVerification();
        DomainVerificationCheck check = with(new DnsAnswer.Records(List.of("other", " " + v.token().value())), null);

        assertThat(check.check(v, now).passed()).isTrue();
    }

    @Test
    void missingTxtRecordSaysNoDnsRecordFound() {
        VerificationAttempt attempt = with(new DnsAnswer.NoRecords(), null).check(dnsVerification(), now);

        assertThat(attempt.passed()).isFalse();
        assertThat(attempt.message()).isEqualTo("No DNS record found.");
    }

    @Test
    void wrongTxtRecordSaysMismatchAndShowsWhatWasFound() {
        VerificationAttempt attempt = with(new DnsAnswer.Records(List.of("stale-token")), null).check(dnsVerification(), now);

        assertThat(attempt.message()).isEqualTo("Mismatch found in the DNS record.");
        assertThat(attempt.observed()).isEqualTo("stale-token");
    }

    @Test
    void dnsTimeoutSaysTryAgain() {
        assertThat(with(new DnsAnswer.TimedOut(), null).check(dnsVerification(), now).message())
                .isEqualTo("Verification timed out. Try again.");
    }

    @Test
    void aBogusAnswerIsNeverEvidenceEvenWithTheRightValue() {
        DomainVerification v = dnsVerification();
        VerificationAttempt attempt = with(new DnsAnswer.Bogus("signature over a different TXT value"), null).check(v, now);

        assertThat(attempt.passed()).isFalse();
        assertThat(attempt.message()).startsWith("DNSSEC validation failed for " + v.dnsRecordHost());
        assertThat(attempt.observed()).isEqualTo("signature over a different TXT value");
    }

    @Test
    void fileWithTheTokenPasses() {
        DomainVerification v = fileVerification();

        assertThat(with(null, new FileFetch.Content(v.token().value() + "\n")).check(v, now).passed()).isTrue();
    }

    @Test
    void missingFileSaysNoFileFound() {
        assertThat(with(null, new FileFetch.NotFound("404")).check(fileVerification(), now).message())
                .isEqualTo("No file found.");
    }

    @Test
    void fileWithoutTheTokenSaysContentInvalid() {
        assertThat(with(null, new FileFetch.Content("hello")).check(fileVerification(), now).message())
                .isEqualTo("File content is invalid.");
    }

    @Test
    void caaRefusalUsesTheSpecWording() {
        assertThat(VerificationAttempt.caaRefusal("example.com", "0 issue \"other-ca.example\""))
                .isEqualTo("CAA records for example.com do not authorize this CA (found: 0 issue \"other-ca.example\")");
    }
}
