package org.certdesk.adapters.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.certdesk.adapters.dns.DnsjavaDnsLookup;
import org.certdesk.adapters.dns.TrustAnchors;
import org.certdesk.adapters.http.HttpValidationProperties;
import org.certdesk.adapters.http.JdkHttpWebsiteFileFetcher;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.verification.CaaCheck;
import org.certdesk.domain.verification.DomainVerification;
import org.certdesk.domain.verification.DomainVerificationCheck;
import org.certdesk.domain.verification.VerificationAttempt;
import org.certdesk.domain.verification.VerificationMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A newcomer's DV journey on the embedded default: the demo DNS and web root, edited at runtime. */
class DomainValidationInTheDemoZoneTest {

    private static final Instant NOW = Instant.parse("2026-11-25T00:00:00Z");
    private static final String THIS_CA = "ca.certdesk.example";

    private DemoZone zone;
    private DemoDnsServer dnsServer;
    private DemoWebRoot webRoot;
    private DomainVerificationCheck check;
    private CaaCheck caa;

    @BeforeEach
    void start() throws Exception {
        zone = new DemoZone("example.test");
        dnsServer = DemoDnsServer.start(zone);
        webRoot = DemoWebRoot.start(zone);
        // As the embedded default wires it: validated to the demo zone's own key (BR 3.2.2.4).
        DnsjavaDnsLookup dns = DnsjavaDnsLookup.validating(dnsServer.address(), Duration.ofSeconds(1),
                TrustAnchors.of(dnsServer.trustAnchor()));
        check = new DomainVerificationCheck(dns, new JdkHttpWebsiteFileFetcher(HttpValidationProperties.defaults(),
                new DemoZoneRoutes(zone, webRoot.address())));
        caa = new CaaCheck(dns, THIS_CA);
    }

    @AfterEach
    void stop() {
        dnsServer.close();
        webRoot.close();
    }

    @Test
    void dnsMethodFailsUntilTheRecordIsAddedThenPasses() {
        DomainVerification verification = verification(VerificationMethod.DNS_TXT);
        assertThat(check.check(verification, NOW).message()).isEqualTo("No DNS record found.");

        zone.add(new DemoRecord(verification.dnsRecordHost(), DemoRecordType.TXT, verification.token().value()));

        assertThat(check.check(verification, NOW).passed()).isTrue();
    }

    @Test
    void fileMethodFailsUntilTheFileIsPutThenPasses() {
        DomainVerification verification = verification(VerificationMethod.FILE);
        assertThat(check.check(verification, NOW).message()).isEqualTo("No file found.");

        webRoot.put("www.example.test", verification.token().value());

        assertThat(check.check(verification, NOW).passed()).isTrue();
    }

    @Test
    void caaAllowsIssuanceWhenTheZoneHasNoCaaRecord() {
        // Climbs www.example.test, example.test and test: the last must not read as a failure.
        assertThat(caa.refusalFor(DomainName.parse("www.example.test"))).isEmpty();
    }

    @Test
    void caaRecordNamingAnotherCaAddedInTheConsoleRefuses() {
        zone.add(new DemoRecord("example.test", DemoRecordType.CAA, "0 issue \"other-ca.example\""));

        assertThat(caa.refusalFor(DomainName.parse("www.example.test")))
                .contains(VerificationAttempt.caaRefusal("www.example.test", "0 issue \"other-ca.example\""));
    }

    private static DomainVerification verification(VerificationMethod method) {
        return DomainVerification.start(DomainName.parse("www.example.test"), method, (alphabet, length) -> "c".repeat(length),
                IssuancePolicy.baselineRequirements(), NOW);
    }
}
