package org.certdesk.adapters.dns;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import org.certdesk.domain.verification.DnsLookup.DnsAnswer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DnsjavaDnsLookupAgainstDnsmasqTest {

    private static Dnsmasq dnsmasq;
    private static DnsjavaDnsLookup lookup;

    @BeforeAll
    static void startDnsmasq() throws Exception {
        dnsmasq = Dnsmasq.serving("example.com", "com")
                .txt("_dnsauth.www.example.com", "20261125000000token")
                .txt("split.example.com", "first-half-", "second-half")
                .txt("_dnsauth.xn--bcher-kva.example.com", "idn-token")
                .caa("example.com", 0, "issue", "ca.certdesk.example")
                .caa("example.com", 128, "tbs", "critical-unknown")
                .start();
        lookup = new DnsjavaDnsLookup(dnsmasq.address(), Duration.ofSeconds(2));
    }

    @AfterAll
    static void stopDnsmasq() throws Exception {
        dnsmasq.close();
    }

    @Test
    void readsTheTxtRecordThatIsServed() {
        assertThat(lookup.txt("_dnsauth.www.example.com")).isEqualTo(new DnsAnswer.Records(List.of("20261125000000token")));
    }

    @Test
    void acceptsAnAbsoluteNameToo() {
        assertThat(lookup.txt("_dnsauth.www.example.com.")).isEqualTo(new DnsAnswer.Records(List.of("20261125000000token")));
    }

    @Test
    void joinsTheStringsOfOneTxtRecordAsDnsClientsDo() {
        assertThat(lookup.txt("split.example.com")).isEqualTo(new DnsAnswer.Records(List.of("first-half-second-half")));
    }

    @Test
    void looksUpAnInternationalizedNameInItsPunycodeForm() {
        // The domain converts IDNs (bücher.example.com) to ASCII before asking.
        assertThat(lookup.txt("_dnsauth.xn--bcher-kva.example.com")).isEqualTo(new DnsAnswer.Records(List.of("idn-token")));
    }

    @Test
    void reportsNoRecordsForANameThatDoesNotExist() {
        assertThat(lookup.txt("_dnsauth.absent.example.com")).isEqualTo(new DnsAnswer.NoRecords());
    }

    @Test
    void reportsNoRecordsForANameWithOnlyOtherTypes() {
        assertThat(lookup.txt("example.com")).isEqualTo(new DnsAnswer.NoRecords());
    }

    @Test
    void rendersCaaRecordsInThePresentationFormTheDomainParses() {
        DnsAnswer answer = lookup.caa("example.com");

        assertThat(answer).isInstanceOf(DnsAnswer.Records.class);
        assertThat(((DnsAnswer.Records) answer).values())
                .containsExactlyInAnyOrder("0 issue \"ca.certdesk.example\"", "128 tbs \"critical-unknown\"");
    }

    @Test
    void reportsNoCaaRecordsWhereThereAreNone() {
        assertThat(lookup.caa("www.example.com")).isEqualTo(new DnsAnswer.NoRecords());
        assertThat(lookup.caa("com")).isEqualTo(new DnsAnswer.NoRecords());
    }

    @Test
    void reportsARefusedQueryAsAFailedLookupNeverAsNoRecords() {
        // dnsmasq refuses names outside its --local zones; BR 3.2.2.8: a failure is not "no CAA".
        assertThat(lookup.caa("example.net")).isEqualTo(new DnsAnswer.TimedOut());
    }

    @Test
    void timesOutAgainstAServerThatNeverAnswers() throws Exception {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0))) {
            DnsjavaDnsLookup toSilence = new DnsjavaDnsLookup(
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), silent.getLocalPort()), Duration.ofSeconds(1));
            long started = System.nanoTime();

            assertThat(toSilence.txt("_dnsauth.www.example.com")).isEqualTo(new DnsAnswer.TimedOut());
            assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(3));
        }
    }
}
