package org.certdesk.domain.acme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.policy.CorroborationPolicy;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.MultiPerspectiveCorroboration;
import org.certdesk.domain.verification.PerspectiveResult;
import org.certdesk.domain.verification.PerspectiveResult.Outcome;
import org.certdesk.domain.verification.PerspectiveSite;
import org.certdesk.domain.verification.RemotePerspective;
import org.certdesk.domain.verification.RirRegion;
import org.certdesk.domain.verification.TlsAlpnProbe;
import org.certdesk.domain.verification.VerificationAttempt;
import org.certdesk.domain.verification.WebsiteFileFetcher;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * BR 3.2.2.9 for ACME: five remote perspectives, each with its own DNS answers held in memory
 * (the agents over real DNS servers are tested in the adapters); one hijacked perspective may
 * dissent, two refuse, and the refusal names them.
 */
class AcmeCorroborationTest {

    private static final Instant NOW = Instant.parse("2026-12-20T10:00:00Z");
    private static final String KEY_AUTHORIZATION = "token123.thumbprint456";
    private static final String ACCOUNT = "https://ca.example/acme/account/7";
    private static final DomainName NAME = DomainName.parse("www.example.com");
    /** A test port, as certdesk.acme.http-01-port sets it in the end-to-end tests. */
    private static final int HTTP_01_PORT = 5002;
    /** Likewise certdesk.acme.tls-alpn-01-port. */
    private static final int TLS_ALPN_01_PORT = 5001;
    private static final String HTTP_01_URL = "http://www.example.com:5002/.well-known/acme-challenge/token123";
    private static final List<PerspectiveSite> SITES = List.of(
            new PerspectiveSite("Virginia", RirRegion.ARIN, "Ashburn"),
            new PerspectiveSite("Frankfurt", RirRegion.RIPE_NCC, "Frankfurt"),
            new PerspectiveSite("Singapore", RirRegion.APNIC, "Singapore"),
            new PerspectiveSite("São Paulo", RirRegion.LACNIC, "São Paulo"),
            new PerspectiveSite("Johannesburg", RirRegion.AFRINIC, "Johannesburg"));

    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    /** The perspectives that were asked anything, by name. */
    private final Set<String> asked = ConcurrentHashMap.newKeySet();

    @AfterEach
    void stop() {
        executor.close();
    }

    /**
     * What one perspective's resolver answers (TXT and CAA sets by owner name), its web server
     * serves (bodies by URL) and its TLS server presents to acme-tls/1 (by "host:port SNI").
     */
    private record Zone(Map<String, List<String>> txt, Map<String, List<String>> caa, Map<String, String> files,
                        Map<String, TlsAlpnProbe.Presented> tls) {
        Zone(Map<String, List<String>> txt, Map<String, List<String>> caa, Map<String, String> files) {
            this(txt, caa, files, Map.of());
        }

        Zone(Map<String, List<String>> txt, Map<String, List<String>> caa) {
            this(txt, caa, Map.of());
        }
    }

    private final class Perspective implements RemotePerspective {
        private final PerspectiveSite site;
        private final Zone zone;

        Perspective(PerspectiveSite site, Zone zone) {
            this.site = site;
            this.zone = zone;
        }

        @Override
        public PerspectiveSite site() {
            return site;
        }

        @Override
        public DnsLookup dns() {
            asked.add(site.name());
            return new DnsLookup() {
                @Override
                public DnsAnswer txt(String name) {
                    return answer(zone.txt().get(name));
                }

                @Override
                public DnsAnswer caa(String name) {
                    return answer(zone.caa().get(name));
                }

                @Override
                public DnsAnswer addresses(String name) {
                    return new DnsAnswer.NoRecords();
                }
            };
        }

        @Override
        public WebsiteFileFetcher files() {
            asked.add(site.name());
            return url -> new WebsiteFileFetcher.FileFetch.NotFound("the file method is not asked for ACME");
        }

        @Override
        public WebsiteFileFetcher.FileFetch http01(String host, int port, String path) {
            asked.add(site.name());
            String body = zone.files().get("http://" + host + ":" + port + path);
            return body == null ? new WebsiteFileFetcher.FileFetch.NotFound("HTTP 404") : new WebsiteFileFetcher.FileFetch.Content(body);
        }

        @Override
        public TlsAlpnProbe.Presented tlsAlpn01(String host, int port, String serverName) {
            asked.add(site.name());
            return zone.tls().getOrDefault(host + ":" + port + " " + serverName,
                    new TlsAlpnProbe.Presented.Failed("Connection refused"));
        }

        @Override
        public Health health() {
            return new Health.Up(1);
        }

        private static DnsLookup.DnsAnswer answer(List<String> values) {
            return values == null ? new DnsLookup.DnsAnswer.NoRecords() : new DnsLookup.DnsAnswer.Records(values);
        }
    }

    /** Every perspective sees {@code honest}, except the hijacked ones by name, which see {@code hijacked}. */
    private AcmeCorroboration over(Zone honest, Zone hijacked, String... hijackedSites) {
        List<RemotePerspective> perspectives = new ArrayList<>();
        for (PerspectiveSite site : SITES) {
            perspectives.add(new Perspective(site, List.of(hijackedSites).contains(site.name()) ? hijacked : honest));
        }
        return new AcmeCorroboration(new MultiPerspectiveCorroboration(() -> perspectives,
                CorroborationPolicy.baselineRequirements(), "certdesk.test", executor, Duration.ofSeconds(2)), "certdesk.test",
                HTTP_01_PORT, TLS_ALPN_01_PORT);
    }

    private static Zone presenting(TlsAlpnProbe.Presented presented) {
        return new Zone(Map.of(), Map.of(), Map.of(), Map.of("www.example.com:" + TLS_ALPN_01_PORT + " www.example.com", presented));
    }

    private static Zone txt(String value) {
        return new Zone(Map.of("_acme-challenge.www.example.com", List.of(value)), Map.of());
    }

    private static Zone caa(String value) {
        return new Zone(Map.of(), Map.of("example.com", List.of(value)));
    }

    private static AcmeChallengeCheck.Outcome primaryPass() {
        return new AcmeChallengeCheck.Outcome(VerificationAttempt.passed(NOW, "TXT _acme-challenge.www.example.com = digest"), null);
    }

    @Test
    void dns01WithOneHijackedPerspectiveIsStillValid() {
        Zone honest = txt(AcmeChallengeCheck.dnsDigest(KEY_AUTHORIZATION));

        var outcome = over(honest, txt("evil"), "Frankfurt")
                .corroborate(ChallengeType.DNS_01, NAME, KEY_AUTHORIZATION, primaryPass());

        assertThat(outcome.attempt().passed()).isTrue();
        assertThat(outcome.failure()).isNull();
        assertThat(outcome.attempt().perspectives()).hasSize(5);
        assertThat(outcome.attempt().perspectives()).filteredOn(r -> r.outcome() != Outcome.SEEN)
                .extracting(PerspectiveResult::perspective, PerspectiveResult::observed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Frankfurt", "saw \"evil\""));
    }

    @Test
    void dns01WithTwoHijackedPerspectivesIsUnauthorizedAndNamesThem() {
        Zone honest = txt(AcmeChallengeCheck.dnsDigest(KEY_AUTHORIZATION));
        Zone noRecord = new Zone(Map.of(), Map.of());

        var outcome = over(honest, noRecord, "Singapore", "Johannesburg")
                .corroborate(ChallengeType.DNS_01, NAME, KEY_AUTHORIZATION, primaryPass());

        assertThat(outcome.attempt().passed()).isFalse();
        assertThat(outcome.failure()).isEqualTo(AcmeProblemType.UNAUTHORIZED);
        assertThat(outcome.attempt().message()).isEqualTo("Not corroborated by 2 of 5 remote perspectives (Singapore: No TXT record "
                + "found at _acme-challenge.www.example.com.; Johannesburg: No TXT record found at _acme-challenge.www.example.com.); "
                + "at most 1 allowed (BR 3.2.2.9).");
        assertThat(outcome.attempt().perspectives()).hasSize(5);
    }

    @Test
    void aFailedPrimaryIsRecordedAsItIsWithoutAskingThePerspectives() {
        var failed = new AcmeChallengeCheck.Outcome(VerificationAttempt.failed(NOW, "No TXT record found.", null),
                AcmeProblemType.UNAUTHORIZED);

        var outcome = over(txt("x"), txt("x")).corroborate(ChallengeType.DNS_01, NAME, KEY_AUTHORIZATION, failed);

        assertThat(outcome).isSameAs(failed);
        assertThat(asked).isEmpty();
    }

    @Test
    void caaSeenByOneHijackedPerspectivePermitsTwoRefuseNamingThem() {
        Zone honest = caa("0 issue \"certdesk.test; accounturi=" + ACCOUNT + "; validationmethods=dns-01\"");
        Zone otherCa = caa("0 issue \"other-ca.example\"");

        assertThat(over(honest, otherCa, "Virginia").caaRefusal(NAME, ACCOUNT, "dns-01", NOW)).isEmpty();
        assertThat(over(honest, otherCa, "Virginia", "São Paulo").caaRefusal(NAME, ACCOUNT, "dns-01", NOW))
                .hasValueSatisfying(refusal -> assertThat(refusal)
                        .startsWith("Not corroborated by 2 of 5 remote perspectives (Virginia: CAA records for www.example.com "
                                + "do not authorize this CA")
                        .contains("São Paulo: CAA records").endsWith("at most 1 allowed (BR 3.2.2.9)."));
    }

    @Test
    void caaAtThePerspectivesHonoursTheAccountAndMethodOfRfc8657() {
        Zone bound = caa("0 issue \"certdesk.test; accounturi=" + ACCOUNT + "; validationmethods=dns-01\"");

        assertThat(over(bound, bound).caaRefusal(NAME, ACCOUNT, "dns-01", NOW)).isEmpty();
        assertThat(over(bound, bound).caaRefusal(NAME, "https://ca.example/acme/account/8", "dns-01", NOW)).isPresent();
        assertThat(over(bound, bound).caaRefusal(NAME, ACCOUNT, "http-01", NOW)).isPresent();
    }

    @Test
    void http01WithOneHijackedPerspectiveIsStillValidWithTwoUnauthorizedNamingThem() {
        Zone honest = new Zone(Map.of(), Map.of(), Map.of(HTTP_01_URL, KEY_AUTHORIZATION + "\n"));
        Zone hijacked = new Zone(Map.of(), Map.of(), Map.of(HTTP_01_URL, "token123.attacker"));

        var one = over(honest, hijacked, "Virginia").corroborate(ChallengeType.HTTP_01, NAME, KEY_AUTHORIZATION, primaryPass());
        var two = over(honest, new Zone(Map.of(), Map.of()), "Virginia", "Frankfurt")
                .corroborate(ChallengeType.HTTP_01, NAME, KEY_AUTHORIZATION, primaryPass());

        assertThat(one.attempt().passed()).isTrue();
        assertThat(one.attempt().perspectives()).filteredOn(r -> r.outcome() != Outcome.SEEN)
                .extracting(PerspectiveResult::perspective, PerspectiveResult::observed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Virginia", "saw \"token123.attacker\""));
        assertThat(two.attempt().passed()).isFalse();
        assertThat(two.failure()).isEqualTo(AcmeProblemType.UNAUTHORIZED);
        assertThat(two.attempt().message()).isEqualTo("Not corroborated by 2 of 5 remote perspectives (Virginia: No key "
                + "authorization at " + HTTP_01_URL + ". (HTTP 404); Frankfurt: No key authorization at " + HTTP_01_URL
                + ". (HTTP 404)); at most 1 allowed (BR 3.2.2.9).");
    }

    @Test
    void tlsAlpn01WithOneHijackedPerspectiveIsStillValid() {
        Zone honest = presenting(new TlsAlpnProbe.Presented.Certificate(List.of("www.example.com"),
                AcmeChallengeCheck.sha256(KEY_AUTHORIZATION)));
        Zone hijacked = presenting(new TlsAlpnProbe.Presented.Certificate(List.of("www.example.com"),
                AcmeChallengeCheck.sha256("token123.attacker")));

        var outcome = over(honest, hijacked, "Singapore").corroborate(ChallengeType.TLS_ALPN_01, NAME, KEY_AUTHORIZATION,
                primaryPass());

        assertThat(outcome.attempt().passed()).isTrue();
        assertThat(outcome.failure()).isNull();
        assertThat(asked).hasSize(5);
        assertThat(outcome.attempt().perspectives()).filteredOn(r -> r.outcome() != Outcome.SEEN)
                .extracting(PerspectiveResult::perspective).containsExactly("Singapore");
    }

    @Test
    void tlsAlpn01WithTwoDissentingPerspectivesIsUnauthorizedAndNamesThem() {
        Zone honest = presenting(new TlsAlpnProbe.Presented.Certificate(List.of("www.example.com"),
                AcmeChallengeCheck.sha256(KEY_AUTHORIZATION)));
        Zone wrongName = presenting(new TlsAlpnProbe.Presented.Certificate(List.of("evil.example.com"),
                AcmeChallengeCheck.sha256(KEY_AUTHORIZATION)));

        var wrongNames = over(honest, wrongName, "Virginia", "Frankfurt")
                .corroborate(ChallengeType.TLS_ALPN_01, NAME, KEY_AUTHORIZATION, primaryPass());
        var unreachable = over(honest, new Zone(Map.of(), Map.of()), "Virginia", "Frankfurt")
                .corroborate(ChallengeType.TLS_ALPN_01, NAME, KEY_AUTHORIZATION, primaryPass());

        assertThat(wrongNames.attempt().passed()).isFalse();
        assertThat(wrongNames.failure()).isEqualTo(AcmeProblemType.UNAUTHORIZED);
        assertThat(wrongNames.attempt().message()).isEqualTo("Not corroborated by 2 of 5 remote perspectives "
                + "(Virginia: saw \"evil.example.com\"; Frankfurt: saw \"evil.example.com\"); at most 1 allowed (BR 3.2.2.9).");
        assertThat(unreachable.attempt().passed()).isFalse();
        assertThat(unreachable.attempt().message()).startsWith("Not corroborated by 2 of 5 remote perspectives (Virginia: ")
                .contains("No acme-tls/1 handshake with www.example.com:5001. (Connection refused)")
                .contains("Frankfurt: ");
    }
}
