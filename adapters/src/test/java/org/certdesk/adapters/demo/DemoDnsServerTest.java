package org.certdesk.adapters.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.certdesk.adapters.dns.DnsjavaDnsLookup;
import org.certdesk.domain.verification.DnsLookup.DnsAnswer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.SimpleResolver;
import org.xbill.DNS.TXTRecord;
import org.xbill.DNS.Type;

class DemoDnsServerTest {

    private DemoZone zone;
    private DemoDnsServer server;
    private DnsjavaDnsLookup lookup;

    @BeforeEach
    void startServer() throws Exception {
        zone = new DemoZone("example.test");
        server = DemoDnsServer.start(zone);
        lookup = new DnsjavaDnsLookup(server.address(), Duration.ofSeconds(1));
    }

    @AfterEach
    void stopServer() {
        server.close();
    }

    @Test
    void servesATxtRecordAddedAtRuntime() {
        zone.add(new DemoRecord("_dnsauth.www.example.test", DemoRecordType.TXT, "20261125000000token"));

        assertThat(lookup.txt("_dnsauth.www.example.test")).isEqualTo(new DnsAnswer.Records(List.of("20261125000000token")));
    }

    @Test
    void forgetsARemovedRecordAtOnce() {
        DemoRecord record = new DemoRecord("_dnsauth.www.example.test", DemoRecordType.TXT, "20261125000000token");
        zone.add(record);
        lookup.txt("_dnsauth.www.example.test");

        zone.remove(record);

        assertThat(lookup.txt("_dnsauth.www.example.test")).isEqualTo(new DnsAnswer.NoRecords());
    }

    @Test
    void answersNxdomainForAnUnknownNameInTheZone() throws Exception {
        assertThat(rcodeOf("nothing.example.test", Type.TXT)).isEqualTo(Rcode.NXDOMAIN);
        assertThat(lookup.txt("nothing.example.test")).isEqualTo(new DnsAnswer.NoRecords());
    }

    @Test
    void answersNodataForAnEmptyNonTerminal() throws Exception {
        zone.add(new DemoRecord("_dnsauth.www.example.test", DemoRecordType.TXT, "x"));

        assertThat(rcodeOf("www.example.test", Type.TXT)).isEqualTo(Rcode.NOERROR);
    }

    @Test
    void refusesNamesOutsideTheZone() throws Exception {
        assertThat(rcodeOf("_dnsauth.www.example.com", Type.TXT)).isEqualTo(Rcode.REFUSED);
        assertThat(lookup.txt("_dnsauth.www.example.com")).isEqualTo(new DnsAnswer.TimedOut());
    }

    @Test
    void answersEmptyForTheZonesParentSoCaaClimbingEnds() {
        assertThat(lookup.caa("test")).isEqualTo(new DnsAnswer.NoRecords());
    }

    @Test
    void servesCaaRecordsInTheDomainsPresentationForm() {
        zone.add(new DemoRecord("example.test", DemoRecordType.CAA, "0 issue \"other-ca.example; account=1\""));

        assertThat(lookup.caa("example.test"))
                .isEqualTo(new DnsAnswer.Records(List.of("0 issue \"other-ca.example; account=1\"")));
    }

    @Test
    void servesSoaNsAndARecordsAtTheApex() throws Exception {
        zone.add(new DemoRecord("example.test", DemoRecordType.A, "127.0.0.1"));

        assertThat(answersOf("example.test", Type.SOA)).hasSize(1);
        assertThat(answersOf("example.test", Type.NS)).hasSize(1);
        assertThat(answersOf("example.test", Type.A)).extracting(Record::rdataToString).containsExactly("127.0.0.1");
    }

    @Test
    void servesALongTxtValueAsOneRecordOfSeveralStrings() {
        String longValue = "v".repeat(300);
        zone.add(new DemoRecord("long.example.test", DemoRecordType.TXT, longValue));

        assertThat(lookup.txt("long.example.test")).isEqualTo(new DnsAnswer.Records(List.of(longValue)));
    }

    @Test
    void answersOverTcpAsWell() throws Exception {
        zone.add(new DemoRecord("_dnsauth.www.example.test", DemoRecordType.TXT, "over-tcp"));
        SimpleResolver tcp = new SimpleResolver(server.address());
        tcp.setTCP(true);

        Message response = tcp.send(query("_dnsauth.www.example.test", Type.TXT));

        assertThat(response.getSection(Section.ANSWER)).extracting(r -> ((TXTRecord) r).getStrings())
                .containsExactly(List.of("over-tcp"));
    }

    private int rcodeOf(String name, int type) throws Exception {
        return resolver().send(query(name, type)).getRcode();
    }

    private List<Record> answersOf(String name, int type) throws Exception {
        return resolver().send(query(name, type)).getSection(Section.ANSWER);
    }

    private SimpleResolver resolver() {
        SimpleResolver resolver = new SimpleResolver(server.address());
        resolver.setTimeout(Duration.ofSeconds(1));
        return resolver;
    }

    private static Message query(String name, int type) throws Exception {
        return Message.newQuery(Record.newRecord(Name.fromString(name + "."), type, DClass.IN));
    }
}
