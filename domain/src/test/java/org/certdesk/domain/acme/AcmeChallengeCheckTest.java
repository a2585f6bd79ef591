package org.certdesk.domain.acme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.TlsAlpnProbe;
import org.certdesk.domain.verification.WebsiteFileFetcher.FileFetch;
import org.junit.jupiter.api.Test;

class AcmeChallengeCheckTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private static final String KEY_AUTHORIZATION = "token123.thumbprint456";

    private static DnsLookup txt(Map<String, List<String>> records) {
        return new DnsLookup() {
            @Override
            public DnsAnswer txt(String name) {
                List<String> values = records.get(name);
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
        };
    }

    private static AcmeChallengeCheck check(DnsLookup dns, Http01Fetcher http, TlsAlpnProbe tls) {
        return new AcmeChallengeCheck(dns, http, tls, 80, 443);
    }

    @Test
    void dns01LooksForTheDigestAtTheAcmeChallengeNameOfTheBaseDomain() {
        // RFC 8555 8.4: base64url(SHA-256(key authorization)); for a wildcard, at its base domain
        String digest = AcmeChallengeCheck.dnsDigest(KEY_AUTHORIZATION);
        var dns = txt(Map.of("_acme-challenge.shop.example.com", List.of("other", digest)));

        var outcome = check(dns, null, null).check(ChallengeType.DNS_01, DomainName.parse("*.shop.example.com"), KEY_AUTHORIZATION, NOW);

        assertThat(outcome.attempt().passed()).isTrue();
        assertThat(digest).doesNotContain("=").hasSize(43);
    }

    @Test
    void dns01WithoutTheRecordOrWithAnotherValueFailsWithItsType() {
        var none = check(txt(Map.of()), null, null).check(ChallengeType.DNS_01, DomainName.parse("www.example.com"),
                KEY_AUTHORIZATION, NOW);
        var other = check(txt(Map.of("_acme-challenge.www.example.com", List.of("nope"))), null, null)
                .check(ChallengeType.DNS_01, DomainName.parse("www.example.com"), KEY_AUTHORIZATION, NOW);

        assertThat(none.failure()).isEqualTo(AcmeProblemType.UNAUTHORIZED);
        assertThat(other.failure()).isEqualTo(AcmeProblemType.INCORRECT_RESPONSE);
        assertThat(other.attempt().observed()).isEqualTo("nope");
    }

    @Test
    void http01FetchesTheTokenPathAndAcceptsTrailingWhitespace() {
        String[] asked = new String[1];
        Http01Fetcher http = (host, port, path) -> {
            asked[0] = host + ":" + port + path;
            return new FileFetch.Content(KEY_AUTHORIZATION + "\r\n");
        };

        var outcome = check(txt(Map.of()), http, null).check(ChallengeType.HTTP_01, DomainName.parse("www.example.com"),
                KEY_AUTHORIZATION, NOW);

        assertThat(asked[0]).isEqualTo("www.example.com:80/.well-known/acme-challenge/token123");
        assertThat(outcome.attempt().passed()).isTrue();
    }

    @Test
    void http01WithAnotherBodyIsAnIncorrectResponse() {
        var outcome = check(txt(Map.of()), (h, p, path) -> new FileFetch.Content("token123.someone-else"), null)
                .check(ChallengeType.HTTP_01, DomainName.parse("www.example.com"), KEY_AUTHORIZATION, NOW);

        assertThat(outcome.failure()).isEqualTo(AcmeProblemType.INCORRECT_RESPONSE);
    }

    @Test
    void tlsAlpn01NeedsTheOneNameAndTheDigestInTheCriticalExtension() {
        byte[] digest = AcmeChallengeCheck.sha256(KEY_AUTHORIZATION);
        DomainName name = DomainName.parse("www.example.com");

        var good = check(txt(Map.of()), null, (h, p, sni) -> new TlsAlpnProbe.Presented.Certificate(List.of("www.example.com"), digest))
                .check(ChallengeType.TLS_ALPN_01, name, KEY_AUTHORIZATION, NOW);
        var twoNames = check(txt(Map.of()), null, (h, p, sni) -> new TlsAlpnProbe.Presented.Certificate(
                List.of("www.example.com", "other.example.com"), digest)).check(ChallengeType.TLS_ALPN_01, name, KEY_AUTHORIZATION, NOW);
        var noDigest = check(txt(Map.of()), null, (h, p, sni) -> new TlsAlpnProbe.Presented.Certificate(List.of("www.example.com"), null))
                .check(ChallengeType.TLS_ALPN_01, name, KEY_AUTHORIZATION, NOW);

        assertThat(good.attempt().passed()).isTrue();
        assertThat(twoNames.failure()).isEqualTo(AcmeProblemType.INCORRECT_RESPONSE);
        assertThat(noDigest.failure()).isEqualTo(AcmeProblemType.INCORRECT_RESPONSE);
    }

    @Test
    void dnsPersist01NeedsTheRecordNamingThisCaAndTheAccountWithinItsLimits() {
        String account = "https://ca.example/acme/account/7";
        String host = "_validation-persist.shop.example.com";
        var identity = org.certdesk.domain.verification.PersistentDcvIdentity.embeddedDefault();
        var plain = DomainName.parse("shop.example.com");
        var wildcard = DomainName.parse("*.shop.example.com");
        long later = NOW.plusSeconds(3600).getEpochSecond();
        long earlier = NOW.minusSeconds(1).getEpochSecond();

        // Another CA's record beside ours is ignored (BR 3.2.2.4.22).
        var right = txt(Map.of(host, List.of("other-ca.example; accounturi=" + account, "certdesk.test; accounturi=" + account
                + "; persistUntil=" + later)));
        var outcome = AcmeChallengeCheck.dnsPersist01(right, identity, plain, account, NOW);
        assertThat(outcome.attempt().passed()).isTrue();
        assertThat(outcome.attempt().observed()).isEqualTo("TXT " + host + " = certdesk.test; accounturi=" + account
                + "; persistUntil=" + later);
        // A wildcard needs policy=wildcard.
        var noWildcard = AcmeChallengeCheck.dnsPersist01(right, identity, wildcard, account, NOW);
        assertThat(noWildcard.failure()).isEqualTo(AcmeProblemType.UNAUTHORIZED);
        assertThat(noWildcard.attempt().message()).contains("does not cover wildcard names (add policy=wildcard)");
        var withWildcard = txt(Map.of(host, List.of("certdesk.test; accounturi=" + account + "; policy=wildcard")));
        assertThat(AcmeChallengeCheck.dnsPersist01(withWildcard, identity, wildcard, account, NOW).attempt().passed()).isTrue();
        // persistUntil in the past makes the record useless.
        var expired = txt(Map.of(host, List.of("certdesk.test; accounturi=" + account + "; persistUntil=" + earlier)));
        assertThat(AcmeChallengeCheck.dnsPersist01(expired, identity, plain, account, NOW).attempt().message())
                .contains("(persistUntil)");
        // No record: unauthorized, with the record to publish.
        var none = AcmeChallengeCheck.dnsPersist01(txt(Map.of()), identity, plain, account, NOW);
        assertThat(none.failure()).isEqualTo(AcmeProblemType.UNAUTHORIZED);
        assertThat(none.attempt().message()).contains("publish \"certdesk.test; accounturi=" + account + "\"");
    }
}
