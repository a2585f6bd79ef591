package org.certdesk.adapters.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.certdesk.adapters.dns.DnsjavaDnsLookup;
import org.certdesk.adapters.dns.TrustAnchors;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.verification.CaaCheck;
import org.certdesk.domain.verification.DnsLookup.DnsAnswer;
import org.certdesk.domain.verification.DnsLookup.Dnssec;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The demo zone served signed (online, RFC 4035), validated by dnsjava's validating resolver to
 * the key the server made at start, as the embedded default wires it.
 */
class SignedDemoZoneTest {

    private static final String THIS_CA = "ca.certdesk.example";

    private DemoZone zone;
    private DemoDnsServer server;
    private DnsjavaDnsLookup validated;

    @BeforeEach
    void startServer() throws Exception {
        zone = new DemoZone("example.test");
        server = DemoDnsServer.start(zone);
        validated = DnsjavaDnsLookup.validating(server.address(), Duration.ofSeconds(2), TrustAnchors.of(server.trustAnchor()));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void aTxtRecordAddedAtRuntimeIsSecure() {
        zone.add(new DemoRecord("_dnsauth.www.example.test", DemoRecordType.TXT, "20261125000000token"));

        assertThat(validated.txt("_dnsauth.www.example.test"))
                .isEqualTo(new DnsAnswer.Records(List.of("20261125000000token"), Dnssec.SECURE));
    }

    @Test
    void aLongTxtValueOfSeveralStringsIsSecure() {
        String value = "v".repeat(600);
        zone.add(new DemoRecord("_dnsauth.long.example.test", DemoRecordType.TXT, value));

        assertThat(validated.txt("_dnsauth.long.example.test")).isEqualTo(new DnsAnswer.Records(List.of(value), Dnssec.SECURE));
    }

    @Test
    void nxdomainIsProvedWithNsec() {
        zone.add(new DemoRecord("_dnsauth.www.example.test", DemoRecordType.TXT, "x"));
        zone.add(new DemoRecord("zz.example.test", DemoRecordType.A, "127.0.0.1"));

        assertThat(validated.txt("nothing.example.test")).isEqualTo(new DnsAnswer.NoRecords(Dnssec.SECURE));
        assertThat(validated.txt("_dnsauth.other.example.test")).isEqualTo(new DnsAnswer.NoRecords(Dnssec.SECURE));
        assertThat(validated.txt("below.zz.example.test")).isEqualTo(new DnsAnswer.NoRecords(Dnssec.SECURE));
    }

    @Test
    void nxdomainIsProvedInAnEmptyZoneToo() {
        assertThat(validated.txt("_dnsauth.www.example.test")).isEqualTo(new DnsAnswer.NoRecords(Dnssec.SECURE));
    }

    @Test
    void nodataIsProvedWithNsecAtANameAndAtAnEmptyNonTerminal() {
        zone.add(new DemoRecord("_dnsauth.www.example.test", DemoRecordType.TXT, "x"));

        assertThat(validated.caa("_dnsauth.www.example.test")).isEqualTo(new DnsAnswer.NoRecords(Dnssec.SECURE));
        assertThat(validated.caa("www.example.test")).isEqualTo(new DnsAnswer.NoRecords(Dnssec.SECURE));
        assertThat(validated.caa("example.test")).isEqualTo(new DnsAnswer.NoRecords(Dnssec.SECURE));
    }

    @Test
    void addressesAreSecureWithTheMissingAaaaProved() {
        zone.add(new DemoRecord("www.example.test", DemoRecordType.A, "127.0.0.1"));

        assertThat(validated.addresses("www.example.test")).isEqualTo(new DnsAnswer.Records(List.of("127.0.0.1"), Dnssec.SECURE));
    }

    @Test
    void theParentAboveTheTrustAnchorIsInsecureSoCaaClimbingEnds() {
        assertThat(validated.caa("test")).isEqualTo(new DnsAnswer.NoRecords(Dnssec.INSECURE));
    }

    @Test
    void signedCaaRecordsDecideIssuance() {
        zone.add(new DemoRecord("example.test", DemoRecordType.CAA, "0 issue \"" + THIS_CA + "\""));
        zone.add(new DemoRecord("shop.example.test", DemoRecordType.CAA, "0 issue \"other-ca.example\""));
        CaaCheck caa = new CaaCheck(validated, THIS_CA);

        assertThat(validated.caa("example.test")).isInstanceOfSatisfying(DnsAnswer.Records.class,
                r -> assertThat(r.dnssec()).isEqualTo(Dnssec.SECURE));
        assertThat(caa.refusalFor(DomainName.parse("www.example.test"))).isEmpty();
        assertThat(caa.refusalFor(DomainName.parse("shop.example.test"))).isPresent();
    }

    @Test
    void answersSignedByAnotherKeyAreBogus() throws Exception {
        zone.add(new DemoRecord("_dnsauth.www.example.test", DemoRecordType.TXT, "x"));
        try (DemoDnsServer other = DemoDnsServer.start(new DemoZone("example.test"))) {
            DnsjavaDnsLookup wrongAnchor = DnsjavaDnsLookup.validating(server.address(), Duration.ofSeconds(2),
                    TrustAnchors.of(other.trustAnchor()));

            assertThat(wrongAnchor.txt("_dnsauth.www.example.test")).isInstanceOf(DnsAnswer.Bogus.class);
        }
    }

    @Test
    void aClientWithoutDnssecGetsPlainAnswers() {
        zone.add(new DemoRecord("_dnsauth.www.example.test", DemoRecordType.TXT, "x"));
        DnsjavaDnsLookup plain = new DnsjavaDnsLookup(server.address(), Duration.ofSeconds(1));

        assertThat(plain.txt("_dnsauth.www.example.test")).isEqualTo(new DnsAnswer.Records(List.of("x"), Dnssec.NOT_VALIDATED));
    }
}
