package org.certdesk.adapters.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.TestActors;
import org.certdesk.adapters.demo.DemoDnsServer;
import org.certdesk.adapters.demo.DemoRecord;
import org.certdesk.adapters.demo.DemoRecordType;
import org.certdesk.adapters.demo.DemoZone;
import org.certdesk.adapters.dns.DnsjavaDnsLookup;
import org.certdesk.application.progress.Phrase;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.application.verification.CheckReadiness;
import org.certdesk.application.verification.CheckReadiness.Line;
import org.certdesk.application.verification.CheckReadiness.Mark;
import org.certdesk.application.verification.CheckReadiness.Readiness;
import org.certdesk.application.verification.CheckReadiness.Topic;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.Organization;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.review.GovRegistrantRule;
import org.certdesk.domain.verification.CaaCheck;
import org.certdesk.domain.verification.DomainVerificationCheck;
import org.certdesk.domain.verification.PersistentDcvIdentity;
import org.certdesk.domain.verification.VerificationMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The readiness check before and after Submit, on a real MariaDB and a real DNS server (the
 * in-process demo zone, asked over UDP through dnsjava): CAA, DNSSEC state, the records in place.
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
class ReadinessAgainstTheDemoZoneTest {

    @Autowired
    TestActors actors;
    @Autowired
    LifecyclePorts ports;

    private Lifecycle life;
    private Actor customer;
    private DemoZone zone;
    private DemoDnsServer dnsServer;
    private CheckReadiness readiness;
    private final PersistentDcvIdentity identity = new PersistentDcvIdentity(Lifecycle.CA_IDENTITY, "https://console.example");
    private String name;

    @BeforeEach
    void setUp() throws Exception {
        life = new Lifecycle(ports);
        customer = actors.customer();
        zone = new DemoZone("example.test");
        dnsServer = DemoDnsServer.start(zone);
        DnsjavaDnsLookup dns = new DnsjavaDnsLookup(dnsServer.address(), Duration.ofSeconds(2));
        readiness = new CheckReadiness(life.access, ports.transactions(), dns, new CaaCheck(dns, Lifecycle.CA_IDENTITY),
                new DomainVerificationCheck(dns, new TestDoubles.NoWebsites(), identity), identity, ports.acmeAuthorizations(),
                new GovRegistrantRule(life.whois), life.clock);
        name = "www.shop-" + UUID.randomUUID().toString().substring(0, 8) + ".example.test";
    }

    @AfterEach
    void stop() {
        dnsServer.close();
    }

    @Test
    void beforeSubmitTheTxtRecordIsAmberSinceItsValueIsMadeAtSubmitAndCaaWithoutRecordsIsGreen() {
        CertificateId id = buyOne(ValidationType.DV);

        Readiness result = readiness.check(customer, id, dvApplication(name, VerificationMethod.DNS_TXT));

        assertThat(line(result, Topic.CAA).mark()).isEqualTo(Mark.GREEN);
        assertThat(line(result, Topic.DNSSEC).mark()).isNotEqualTo(Mark.RED);
        assertThat(line(result, Topic.RECORD).mark()).isEqualTo(Mark.AMBER);
        assertThat(line(result, Topic.RECORD).finding().key()).isEqualTo("readiness.record.txtAfterSubmit");
        assertThat(result.hasRed()).isFalse();
    }

    @Test
    void aCaaRecordNamingAnotherCaIsRedWithTheRecordThatLetsUsIssue() {
        CertificateId id = buyOne(ValidationType.DV);
        String base = name.substring(4);
        zone.add(new DemoRecord(base, DemoRecordType.CAA, "0 issue \"other-ca.example\""));

        Readiness forbidden = readiness.check(customer, id, dvApplication(name, VerificationMethod.DNS_TXT));
        Line caa = line(forbidden, Topic.CAA);

        assertThat(caa.mark()).isEqualTo(Mark.RED);
        assertThat(forbidden.holdsSubmit()).as("Submit refuses nothing about CAA itself: the line holds it back once").isTrue();
        assertThat(caa.finding().args().getFirst().toString()).contains("other-ca.example");
        assertThat(caa.fix().orElseThrow().key()).isEqualTo("readiness.fix.caa");
        assertThat(caa.fix().orElseThrow().args()).containsExactly(base, "certdesk.test");

        zone.add(new DemoRecord(base, DemoRecordType.CAA, "0 issue \"certdesk.test\""));
        assertThat(line(readiness.check(customer, id, dvApplication(name, VerificationMethod.DNS_TXT)), Topic.CAA).mark())
                .isEqualTo(Mark.GREEN);
    }

    @Test
    void afterSubmitTheTxtRecordTurnsGreenOncePublished() {
        CertificateId id = buyOne(ValidationType.DV);
        life.submit.submit(new SubmitApplication.Command(customer, id, dvApplication(name, VerificationMethod.DNS_TXT)));
        var instructions = life.progress.show(customer, id).names().getFirst();

        Line missing = line(readiness.check(customer, id, null), Topic.RECORD);
        assertThat(missing.mark()).isEqualTo(Mark.AMBER);
        assertThat(missing.fix().orElseThrow().args()).containsExactly(instructions.dnsHost(), instructions.dnsValue());

        zone.add(new DemoRecord(instructions.dnsHost(), DemoRecordType.TXT, instructions.dnsValue()));

        assertThat(line(readiness.check(customer, id, null), Topic.RECORD).mark()).isEqualTo(Mark.GREEN);
    }

    @Test
    void thePersistentRecordIsCheckedBeforeSubmitAndARecordForAnotherAccountStaysAmber() {
        CertificateId id = buyOne(ValidationType.DV);
        CertificateApplication application = dvApplication(name, VerificationMethod.DNS_PERSIST);
        String host = "_validation-persist." + name;
        zone.add(new DemoRecord(host, DemoRecordType.TXT, "certdesk.test; accounturi=https://console.example/accounts/999999"));

        Line otherAccount = line(readiness.check(customer, id, application), Topic.RECORD);
        assertThat(otherAccount.mark()).isEqualTo(Mark.AMBER);
        assertThat(otherAccount.finding().args()).last().isEqualTo(Phrase.of("progress.check.persist.anotherAccount",
                "certdesk.test; accounturi=https://console.example/accounts/999999", "https://console.example/accounts/999999"));
        assertThat(otherAccount.fix().orElseThrow().args()).containsExactly(host, readiness.persistentRecord(customer, false));

        zone.add(new DemoRecord(host, DemoRecordType.TXT, readiness.persistentRecord(customer, false)));

        assertThat(line(readiness.check(customer, id, application), Topic.RECORD).mark()).isEqualTo(Mark.GREEN);
    }

    @Test
    void aGovOvNameWhoseRegistrantDiffersIsRed() {
        CertificateId id = buyOne(ValidationType.OV);
        life.whois.register("agency.gov", "Some Other Agency");

        Readiness result = readiness.check(customer, id, ovApplication("www.agency.gov"));

        Line whois = line(result, Topic.WHOIS);
        assertThat(whois.mark()).isEqualTo(Mark.RED);
        assertThat(result.hasRed()).isTrue();
        assertThat(result.holdsSubmit()).as("Submit refuses it at the organization field itself").isFalse();

        life.whois.register("agency.gov", "Example Trading Co., Ltd.");
        assertThat(line(readiness.check(customer, id, ovApplication("www.agency.gov")), Topic.WHOIS).mark()).isEqualTo(Mark.GREEN);
    }

    private static Line line(Readiness readiness, Topic topic) {
        List<Line> lines = readiness.lines().stream().filter(l -> l.topic() == topic).toList();
        assertThat(lines).hasSize(1);
        return lines.getFirst();
    }

    private CertificateId buyOne(ValidationType type) {
        return life.buy.buy(new BuyCertificates.Command(customer, "CertDesk", type, Coverage.SINGLE, 1, 1)).getFirst();
    }

    private static CertificateApplication dvApplication(String name, VerificationMethod method) {
        return new CertificateApplication(Identifiers.parseLines(name), new CsrSource.SystemGenerated(KeyAlgorithm.EC_P256),
                contact(), null, null, method);
    }

    private static CertificateApplication ovApplication(String name) {
        return new CertificateApplication(Identifiers.parseLines(name), new CsrSource.SystemGenerated(KeyAlgorithm.RSA_2048),
                contact(), new Organization("Example Trading Co., Ltd.", "91110000600037341L", "Limited company", "CN",
                "Beijing", "Beijing", "1 Chang'an Avenue", "100000", PhoneNumber.parse("+86 10 1234 5678")), null,
                VerificationMethod.DNS_TXT);
    }

    private static Contact contact() {
        return new Contact("Li Wei", EmailAddress.parse("li.wei@example.com"), PhoneNumber.parse("+86 138 0013 8000"));
    }
}
