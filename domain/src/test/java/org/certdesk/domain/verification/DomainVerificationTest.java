package org.certdesk.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.IpAddress;
import org.certdesk.domain.policy.IssuancePolicy;
import org.junit.jupiter.api.Test;

class DomainVerificationTest {

    private final IssuancePolicy policy = IssuancePolicy.baselineRequirements();
    private final Instant now = Instant.parse("2026-11-25T08:00:00Z");

    @Test
    void wildcardsTxtRecordSitsAtItsBaseDomain() {
        DomainVerification v = DomainVerification.start(DomainName.parse("*.example.com"), VerificationMethod.DNS_TXT,
                new SequenceTokenSource(), policy, now);

        assertThat(v.method()).isEqualTo(VerificationMethod.DNS_TXT);
        assertThat(v.dnsRecordHost()).isEqualTo("_dnsauth.example.com");
    }

    @Test
    void ipAddressIsVerifiedByFileEvenWhenDnsWasChosen() {
        DomainVerification v = DomainVerification.start(IpAddress.parse("8.8.8.8"), VerificationMethod.DNS_TXT,
                new SequenceTokenSource(), policy, now);

        assertThat(v.method()).isEqualTo(VerificationMethod.FILE);
        assertThat(v.fileUrl()).isEqualTo("http://8.8.8.8/.well-known/pki-validation/fileauth.txt");
    }

    @Test
    void ipv6FileUrlBracketsTheAddress() {
        DomainVerification v = DomainVerification.start(IpAddress.parse("2606:4700::1"), null,
                new SequenceTokenSource(), policy, now);

        assertThat(v.fileUrl()).isEqualTo("http://[2606:4700::1]/.well-known/pki-validation/fileauth.txt");
    }

    @Test
    void failedAttemptKeepsItUnverifiedAndPassedAttemptLeavesEvidence() {
        DomainVerification v = DomainVerification.start(DomainName.parse("www.example.com"), VerificationMethod.DNS_TXT,
                new SequenceTokenSource(), policy, now);

        v.record(VerificationAttempt.failed(now, VerificationAttempt.NO_DNS_RECORD, null), policy);
        assertThat(v.isVerified()).isFalse();

        Instant later = now.plus(Duration.ofHours(1));
        v.record(VerificationAttempt.passed(later, "TXT seen"), policy);

        assertThat(v.isVerified()).isTrue();
        assertThat(v.attempts()).extracting(VerificationAttempt::outcome)
                .containsExactly(VerificationOutcome.FAILED, VerificationOutcome.PASSED);
        ValidationEvidence evidence = v.evidence().orElseThrow();
        assertThat(evidence.brSection()).isEqualTo("3.2.2.4.7");
        assertThat(evidence.validatedAt()).isEqualTo(later);
        // 200 days would pass 2027-03-15, when the 100-day limit already excludes it (BR 4.2.1)
        assertThat(evidence.reusableUntil()).isEqualTo(Instant.parse("2027-03-15T00:00:00Z"));
    }

    @Test
    void passWithAnExpiredTokenIsRefused() {
        DomainVerification v = DomainVerification.start(DomainName.parse("www.example.com"), VerificationMethod.FILE,
                new SequenceTokenSource(), policy, now);

        assertThatThrownBy(() -> v.record(VerificationAttempt.passed(now.plus(Duration.ofDays(31)), "x"), policy))
                .hasMessage("The verification token for 'www.example.com' has expired; request a new one.");
        assertThat(v.isVerified()).isFalse();
    }

    @Test
    void reusedEvidenceStartsVerifiedWithAFreshToken() {
        ValidationEvidence earlier = ValidationEvidence.of(DomainName.parse("www.example.com"), VerificationMethod.FILE,
                now.minus(Duration.ofDays(20)), "file seen", policy);
        SequenceTokenSource tokens = new SequenceTokenSource();

        DomainVerification v = DomainVerification.reusing(earlier, tokens, policy, now);

        assertThat(v.isVerified()).isTrue();
        assertThat(v.evidence()).contains(earlier);
        assertThat(tokens.calls()).isEqualTo(1);
    }

    @Test
    void evidencePastItsReusePeriodCannotBeReused() {
        ValidationEvidence old = ValidationEvidence.of(DomainName.parse("www.example.com"), VerificationMethod.FILE,
                now.minus(Duration.ofDays(201)), "file seen", policy);

        assertThat(old.isReusableAt(now)).isFalse();
        assertThatThrownBy(() -> DomainVerification.reusing(old, new SequenceTokenSource(), policy, now))
                .hasMessage("The validation of 'www.example.com' is too old to reuse.");
    }

    @Test
    void evidenceIsReusableUpToButNotAtItsEnd() {
        ValidationEvidence evidence = ValidationEvidence.of(IpAddress.parse("8.8.8.8"), VerificationMethod.FILE, now,
                "file seen", policy);

        assertThat(evidence.brSection()).isEqualTo("3.2.2.4.18");
        assertThat(evidence.isReusableAt(evidence.reusableUntil().minusSeconds(1))).isTrue();
        assertThat(evidence.isReusableAt(evidence.reusableUntil())).isFalse();
        assertThat(List.of(evidence)).hasSize(1);
    }
}
