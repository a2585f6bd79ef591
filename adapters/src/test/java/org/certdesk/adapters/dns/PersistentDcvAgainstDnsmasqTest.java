package org.certdesk.adapters.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.verification.DomainVerification;
import org.certdesk.domain.verification.DomainVerificationCheck;
import org.certdesk.domain.verification.PersistentDcvIdentity;
import org.certdesk.domain.verification.VerificationAttempt;
import org.certdesk.domain.verification.VerificationMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** BR 3.2.2.4.22 through the real DNS adapter and a real dnsmasq serving _validation-persist records. */
class PersistentDcvAgainstDnsmasqTest {

    private static final Instant NOW = Instant.parse("2026-12-05T12:00:00Z");
    private static final PersistentDcvIdentity IDENTITY = new PersistentDcvIdentity("certdesk.test", "https://console.example");
    private static final TenantId TENANT = TenantId.of(42);

    private static Dnsmasq dnsmasq;
    private static DomainVerificationCheck check;

    @BeforeAll
    static void startDnsmasq() throws Exception {
        dnsmasq = Dnsmasq.serving("example.com", "com")
                // Another CA's record beside ours: it is ignored, ours counts.
                .txt("_validation-persist.www.example.com", "authority.example; accounturi=https://authority.example/acct/1")
                .txt("_validation-persist.www.example.com", IDENTITY.recordValue(TENANT, false))
                .txt("_validation-persist.other.example.com", "certdesk.test; accounturi=https://console.example/accounts/43")
                .txt("_validation-persist.old.example.com",
                        IDENTITY.recordValue(TENANT, false) + "; persistUntil=" + NOW.minusSeconds(3600).getEpochSecond())
                .txt("_validation-persist.wild.example.com", IDENTITY.recordValue(TENANT, true))
                .txt("_validation-persist.tame.example.com", IDENTITY.recordValue(TENANT, false))
                .start();
        check = new DomainVerificationCheck(new DnsjavaDnsLookup(dnsmasq.address(), Duration.ofSeconds(2)),
                url -> { throw new AssertionError("the persistent method fetches no file"); }, IDENTITY);
    }

    @AfterAll
    static void stopDnsmasq() throws Exception {
        dnsmasq.close();
    }

    @Test
    void ourRecordPassesBesideAnotherCasAndLaterValidationsNeedNoNewValue() {
        // Started long ago: its Random Value has expired, which the persistent method does not use.
        DomainVerification verification = DomainVerification.start(DomainName.parse("www.example.com"),
                VerificationMethod.DNS_PERSIST, (alphabet, length) -> "a".repeat(length), IssuancePolicy.baselineRequirements(),
                NOW.minus(Duration.ofDays(60)));

        VerificationAttempt attempt = check.check(verification, TENANT, NOW);
        verification.record(attempt, IssuancePolicy.baselineRequirements());

        assertThat(attempt.passed()).isTrue();
        assertThat(attempt.observed()).isEqualTo("TXT _validation-persist.www.example.com = certdesk.test; accounturi=https://console.example/accounts/42");
        assertThat(verification.evidence().orElseThrow().brSection()).isEqualTo("3.2.2.4.22");
    }

    @Test
    void aRecordForAnotherAccountDoesNotCount() {
        VerificationAttempt attempt = check.checkPersistent(DomainName.parse("other.example.com"), TENANT, NOW);

        assertThat(attempt.passed()).isFalse();
        assertThat(attempt.message()).isEqualTo(VerificationAttempt.DNS_MISMATCH);
        assertThat(attempt.observed()).contains("names another account (https://console.example/accounts/43)");
    }

    @Test
    void aRecordPastItsPersistUntilDoesNotCount() {
        assertThat(check.checkPersistent(DomainName.parse("old.example.com"), TENANT, NOW).observed()).contains("expired");
    }

    @Test
    void aWildcardNeedsPolicyWildcard() {
        assertThat(check.checkPersistent(DomainName.parse("*.wild.example.com"), TENANT, NOW).passed()).isTrue();
        assertThat(check.checkPersistent(DomainName.parse("*.tame.example.com"), TENANT, NOW).passed()).isFalse();
        assertThat(check.checkPersistent(DomainName.parse("tame.example.com"), TENANT, NOW).passed()).isTrue();
    }

    @Test
    void noRecordIsNoRecord() {
        assertThat(check.checkPersistent(DomainName.parse("none.example.com"), TENANT, NOW).message())
                .isEqualTo(VerificationAttempt.NO_DNS_RECORD);
    }
}
