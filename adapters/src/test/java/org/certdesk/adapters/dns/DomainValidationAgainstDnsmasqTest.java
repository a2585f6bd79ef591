package org.certdesk.adapters.dns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.certdesk.adapters.http.LoopbackWebServer.respond;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ProxySelector;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.certdesk.adapters.http.HttpValidationProperties;
import org.certdesk.adapters.http.JdkHttpWebsiteFileFetcher;
import org.certdesk.adapters.http.LoopbackWebServer;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.verification.CaaCheck;
import org.certdesk.domain.verification.DomainVerification;
import org.certdesk.domain.verification.DomainVerificationCheck;
import org.certdesk.domain.verification.VerificationAttempt;
import org.certdesk.domain.verification.VerificationMethod;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/** The domain's checks driven through the real adapters, a real dnsmasq and a real HTTP server. */
class DomainValidationAgainstDnsmasqTest {

    private static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");
    private static final String TOKEN = "20261125000000" + "a".repeat(50);
    private static final String OTHER_TOKEN = "20261125000000" + "b".repeat(50);
    private static final String THIS_CA = "ca.certdesk.example";

    private static Dnsmasq dnsmasq;
    private static LoopbackWebServer web;
    private static DomainVerificationCheck check;
    private static CaaCheck caa;

    @BeforeAll
    static void startServers() throws Exception {
        dnsmasq = Dnsmasq.serving("example.com", "com")
                .txt("_dnsauth.www.example.com", TOKEN)
                .txt("_dnsauth.wrong.example.com", OTHER_TOKEN)
                .caa("example.com", 0, "issue", THIS_CA)
                .caa("shop.example.com", 0, "issue", "other-ca.example")
                .caa("critical.example.com", 0, "issue", THIS_CA)
                .caa("critical.example.com", 128, "tbs", "unknown")
                .caa("wild.example.com", 0, "issue", THIS_CA)
                .caa("wild.example.com", 0, "issuewild", ";")
                .start();
        web = new LoopbackWebServer()
                .on("/.well-known/pki-validation/fileauth.txt", exchange -> {
                    String host = exchange.getRequestURI().getHost();
                    respond(host.equals("www.example.com") ? 200 : 404, host.equals("www.example.com") ? TOKEN + "\n" : "")
                            .handle(exchange);
                });
        DnsjavaDnsLookup dns = new DnsjavaDnsLookup(dnsmasq.address(), Duration.ofSeconds(2));
        // Every host is reached through the loopback server (as an HTTP proxy), so the URLs keep
        // port 80 and the production port rule applies unchanged.
        JdkHttpWebsiteFileFetcher files = new JdkHttpWebsiteFileFetcher(
                new HttpValidationProperties(List.of(), Duration.ofSeconds(1), Duration.ofSeconds(2), DataSize.ofKilobytes(64)),
                ProxySelector.of(new InetSocketAddress("127.0.0.1", web.port())));
        check = new DomainVerificationCheck(dns, files);
        caa = new CaaCheck(dns, THIS_CA);
    }

    @AfterAll
    static void stopServers() throws Exception {
        dnsmasq.close();
        web.close();
    }

    @Test
    void dnsMethodPassesWhenTheTxtRecordHoldsTheToken() {
        VerificationAttempt attempt = check.check(verification("www.example.com", VerificationMethod.DNS_TXT), NOW);

        assertThat(attempt.passed()).isTrue();
        assertThat(attempt.observed()).isEqualTo("TXT _dnsauth.www.example.com = " + TOKEN);
    }

    @Test
    void dnsMethodFailsWithNoRecordFoundWhenTheTxtRecordIsAbsent() {
        VerificationAttempt attempt = check.check(verification("absent.example.com", VerificationMethod.DNS_TXT), NOW);

        assertThat(attempt.passed()).isFalse();
        assertThat(attempt.message()).isEqualTo("No DNS record found.");
    }

    @Test
    void dnsMethodFailsWithAMismatchShowingWhatWasFound() {
        VerificationAttempt attempt = check.check(verification("wrong.example.com", VerificationMethod.DNS_TXT), NOW);

        assertThat(attempt.message()).isEqualTo("Mismatch found in the DNS record.");
        assertThat(attempt.observed()).isEqualTo(OTHER_TOKEN);
    }

    @Test
    void fileMethodPassesThroughARealHttpServer() {
        VerificationAttempt attempt = check.check(verification("www.example.com", VerificationMethod.FILE), NOW);

        assertThat(attempt.passed()).isTrue();
    }

    @Test
    void fileMethodFailsWithNoFileFoundOnA404() {
        VerificationAttempt attempt = check.check(verification("shop.example.com", VerificationMethod.FILE), NOW);

        assertThat(attempt.message()).isEqualTo("No file found.");
        assertThat(attempt.observed()).isEqualTo("HTTP 404");
    }

    @Test
    void caaAllowsThisCaNamedAtTheParentDomain() {
        assertThat(caa.refusalFor(DomainName.parse("www.example.com"))).isEmpty();
    }

    @Test
    void caaNamingAnotherCaRefusesWithTheSpecMessage() {
        assertThat(caa.refusalFor(DomainName.parse("shop.example.com"))).contains(
                "CAA records for shop.example.com do not authorize this CA (found: 0 issue \"other-ca.example\")");
    }

    @Test
    void caaWithAnUnknownCriticalTagRefuses() {
        assertThat(caa.refusalFor(DomainName.parse("critical.example.com"))).hasValueSatisfying(
                refusal -> assertThat(refusal).startsWith("CAA records for critical.example.com do not authorize this CA"));
    }

    @Test
    void caaIssuewildForbidsAWildcardButNotTheNameItself() {
        assertThat(caa.refusalFor(DomainName.parse("wild.example.com"))).isEmpty();
        assertThat(caa.refusalFor(DomainName.parse("*.wild.example.com"))).isPresent();
    }

    @Test
    void dnsMethodSaysTimedOutWhenTheResolverNeverAnswers() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            DomainVerificationCheck toSilence = new DomainVerificationCheck(
                    new DnsjavaDnsLookup((InetSocketAddress) silent.getLocalSocketAddress(), Duration.ofSeconds(1)), url -> null);

            VerificationAttempt attempt = toSilence.check(verification("www.example.com", VerificationMethod.DNS_TXT), NOW);

            assertThat(attempt.message()).isEqualTo("Verification timed out. Try again.");
        }
    }

    private static DomainVerification verification(String name, VerificationMethod method) {
        return DomainVerification.start(DomainName.parse(name), method, (alphabet, length) -> "a".repeat(length),
                IssuancePolicy.baselineRequirements(), NOW);
    }
}
