package org.certdesk.domain.verification;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.verification.DnsLookup.DnsAnswer;
import org.junit.jupiter.api.Test;

/** BR 3.2.2.4.22: which persistent records prove control for CertDesk and which do not. */
class PersistentDcvRecordTest {

    private final Instant now = Instant.parse("2026-12-05T12:00:00Z");
    private final PersistentDcvIdentity identity = new PersistentDcvIdentity("certdesk.test", "https://console.example/");
    private final TenantId tenant = TenantId.of(7);
    private final Map<String, List<String>> zone = new HashMap<>();
    private final DomainVerificationCheck check = new DomainVerificationCheck(new DnsLookup() {
        @Override
        public DnsAnswer txt(String name) {
            List<String> values = zone.get(name);
            return values == null ? new DnsAnswer.NoRecords() : new DnsAnswer.Records(values);
        }

        @Override
        public DnsAnswer caa(String name) {
            return new DnsAnswer.NoRecords();
        }

        @Override
        public DnsAnswer addresses(String name) {
            return new DnsAnswer.NoRecords();
        }
    }, url -> null, identity);

    private VerificationAttempt checkWith(String name, String... values) {
        DomainName domain = DomainName.parse(name);
        zone.put("_validation-persist." + domain.baseDomain().ascii(), List.of(values));
        return check.checkPersistent(domain, tenant, now);
    }

    @Test
    void theRecordTheConsoleShowsNamesOurIssuerAndTheTenantsAccount() {
        assertThat(identity.accountUri(tenant)).isEqualTo("https://console.example/accounts/7");
        assertThat(identity.recordValue(tenant, false)).isEqualTo("certdesk.test; accounturi=https://console.example/accounts/7");
        assertThat(identity.recordValue(tenant, true)).endsWith("; policy=wildcard");
        assertThat(PersistentDcvIdentity.host(DomainName.parse("*.shop.example.com"))).isEqualTo("_validation-persist.shop.example.com");
    }

    @Test
    void ourCaAndTheTenantsAccountPass() {
        VerificationAttempt attempt = checkWith("www.example.com",
                "other-ca.example; accounturi=https://other-ca.example/acct/1",
                "certdesk.test; accounturi=https://console.example/accounts/7; persistUntil=" + now.plusSeconds(60).getEpochSecond());

        assertThat(attempt.passed()).isTrue();
        assertThat(attempt.observed()).contains("accounts/7");
    }

    @Test
    void unknownParametersAreIgnoredAndTagsCompareWithoutCase() {
        assertThat(checkWith("www.example.com", "CertDesk.test;AccountURI=https://console.example/accounts/7; future-thing=x;").passed())
                .isTrue();
    }

    @Test
    void anotherCaDoesNotCount() {
        VerificationAttempt attempt = checkWith("www.example.com", "authority.example; accounturi=https://console.example/accounts/7");

        assertThat(attempt.passed()).isFalse();
        assertThat(attempt.observed()).contains("names another CA (authority.example)");
    }

    @Test
    void anotherAccountDoesNotCount() {
        VerificationAttempt attempt = checkWith("www.example.com", "certdesk.test; accounturi=https://console.example/accounts/8");

        assertThat(attempt.passed()).isFalse();
        assertThat(attempt.observed()).contains("names another account");
    }

    @Test
    void aRecordWithoutAccountDoesNotCount() {
        assertThat(checkWith("www.example.com", "certdesk.test").observed()).contains("has no accounturi");
    }

    @Test
    void anExpiredPersistUntilDoesNotCount() {
        VerificationAttempt attempt = checkWith("www.example.com",
                "certdesk.test; accounturi=https://console.example/accounts/7; persistUntil=" + now.minusSeconds(1).getEpochSecond());

        assertThat(attempt.passed()).isFalse();
        assertThat(attempt.observed()).contains("expired");
    }

    @Test
    void aPersistUntilThatIsNoTimestampMakesTheRecordUnusable() {
        assertThat(PersistentDcvRecord.parse("certdesk.test; accounturi=https://console.example/accounts/7; persistUntil=soon"))
                .isEmpty();
        assertThat(checkWith("www.example.com", "certdesk.test; accounturi=https://console.example/accounts/7; persistUntil=soon")
                .passed()).isFalse();
    }

    @Test
    void aWildcardNeedsPolicyWildcard() {
        assertThat(checkWith("*.example.com", "certdesk.test; accounturi=https://console.example/accounts/7").observed())
                .contains("policy=wildcard");
        assertThat(checkWith("*.example.com", "certdesk.test; accounturi=https://console.example/accounts/7; policy=wildcard")
                .passed()).isTrue();
    }

    @Test
    void malformedValuesAreNotRecords() {
        assertThat(PersistentDcvRecord.parse("certdesk.test; accounturi")).isEmpty();
        assertThat(PersistentDcvRecord.parse("not a domain; accounturi=x")).isEmpty();
        assertThat(PersistentDcvRecord.parse("certdesk.test; accounturi=has space")).isEmpty();
        assertThat(checkWith("www.example.com", "certdesk.test accounturi=https://console.example/accounts/7").passed()).isFalse();
    }

    @Test
    void noRecordSaysSo() {
        assertThat(check.checkPersistent(DomainName.parse("none.example.com"), tenant, now).message())
                .isEqualTo(VerificationAttempt.NO_DNS_RECORD);
    }

    @Test
    void aPersistentValidationPassesAfterTheRandomValuesLifetimeAndIsReusableForTenDaysAtMost() {
        IssuancePolicy policy = IssuancePolicy.baselineRequirements();
        DomainVerification v = DomainVerification.start(DomainName.parse("www.example.com"), VerificationMethod.DNS_PERSIST,
                new SequenceTokenSource(), policy, now.minus(Duration.ofDays(40)));
        zone.put(v.persistRecordHost(), List.of(identity.recordValue(tenant, false)));

        VerificationAttempt attempt = check.check(v, tenant, now);
        v.record(attempt, policy);

        assertThat(v.isVerified()).isTrue();
        assertThat(v.evidence().orElseThrow().reusableUntil()).isEqualTo(now.plus(Duration.ofDays(10)));
        assertThat(v.evidence().orElseThrow().brSection()).isEqualTo("3.2.2.4.22");
    }
}
