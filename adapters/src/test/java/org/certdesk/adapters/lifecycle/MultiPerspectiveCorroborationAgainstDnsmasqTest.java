package org.certdesk.adapters.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.TestActors;
import org.certdesk.adapters.dns.Dnsmasq;
import org.certdesk.adapters.dns.DnsjavaDnsLookup;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.policy.CorroborationPolicy;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.DomainVerification;
import org.certdesk.domain.verification.MultiPerspectiveCorroboration;
import org.certdesk.domain.verification.PerspectiveResult;
import org.certdesk.domain.verification.PerspectiveResult.Outcome;
import org.certdesk.domain.verification.PerspectiveSite;
import org.certdesk.domain.verification.RemotePerspective;
import org.certdesk.domain.verification.RirRegion;
import org.certdesk.domain.verification.VerificationAttempt;
import org.certdesk.domain.verification.VerificationMethod;
import org.certdesk.domain.verification.WebsiteFileFetcher;
import org.certdesk.domain.verification.WebsiteFileFetcher.FileFetch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * BR 3.2.2.9 end to end: "Verify now" with five remote perspectives, each asking its own real
 * dnsmasq, the certificate in the real MariaDB. A hijacked perspective (another TXT value, a
 * CAA set forbidding the CA), one that is down and one too slow all count as non-corroborations:
 * one is tolerated, two refuse naming both, and then nothing is approved nor issued.
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
class MultiPerspectiveCorroborationAgainstDnsmasqTest {

    private static final String ZONE = "example.com";
    private static final List<PerspectiveSite> SITES = List.of(
            new PerspectiveSite("Frankfurt", RirRegion.RIPE_NCC, "Frankfurt, DE"),
            new PerspectiveSite("Virginia", RirRegion.ARIN, "Ashburn, US"),
            new PerspectiveSite("Singapore", RirRegion.APNIC, "Singapore, SG"),
            new PerspectiveSite("Sao Paulo", RirRegion.LACNIC, "Sao Paulo, BR"),
            new PerspectiveSite("Johannesburg", RirRegion.AFRINIC, "Johannesburg, ZA"));

    @Autowired
    TestActors actors;
    @Autowired
    LifecyclePorts ports;
    @Autowired
    Certificates certificates;
    @Autowired
    JdbcClient jdbc;

    private final ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor();
    private final List<AutoCloseable> servers = new ArrayList<>();
    /** The perspectives asked since it was last cleared. */
    private final Set<String> asked = ConcurrentHashMap.newKeySet();
    private volatile List<RemotePerspective> perspectives = List.of();
    private Lifecycle life;
    private Actor customer;

    @BeforeEach
    void setUp() {
        // A perspective has 1.5 s to answer; its own DNS client would wait 3 s for a silent server.
        life = new Lifecycle(ports, new MultiPerspectiveCorroboration(() -> perspectives,
                CorroborationPolicy.baselineRequirements(), Lifecycle.CA_IDENTITY, threads, Duration.ofMillis(1500)));
        customer = actors.customer();
    }

    @AfterEach
    void stopServers() throws Exception {
        for (AutoCloseable server : servers) {
            server.close();
        }
        threads.shutdownNow();
    }

    @Test
    void oneHijackedPerspectiveSeeingAnotherTxtValueStillIssuesAndEveryResultIsStored() throws Exception {
        CertificateId id = submittedDv();
        String token = token(id);
        perspectives(honest(token), hijackedTxt("xyz"), honest(token), honest(token), honest(token));

        life.checkDomains.check(customer, id);

        assertThat(certificates.findAnyById(id).orElseThrow().status()).isEqualTo(CertificateStatus.ISSUED);
        assertThat(life.ca.signed).hasValue(1);
        // Read back from MariaDB: what each perspective saw, with the passing attempt.
        VerificationAttempt attempt = storedAttempt(id);
        assertThat(attempt.passed()).isTrue();
        assertThat(attempt.perspectives()).extracting(PerspectiveResult::perspective, PerspectiveResult::region,
                        PerspectiveResult::outcome)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Frankfurt", RirRegion.RIPE_NCC, Outcome.SEEN),
                        org.assertj.core.groups.Tuple.tuple("Virginia", RirRegion.ARIN, Outcome.NOT_SEEN),
                        org.assertj.core.groups.Tuple.tuple("Singapore", RirRegion.APNIC, Outcome.SEEN),
                        org.assertj.core.groups.Tuple.tuple("Sao Paulo", RirRegion.LACNIC, Outcome.SEEN),
                        org.assertj.core.groups.Tuple.tuple("Johannesburg", RirRegion.AFRINIC, Outcome.SEEN));
        assertThat(attempt.perspectives().get(1).observed()).isEqualTo("saw \"xyz\"");
        assertThat(attempt.perspectives().get(1).location()).isEqualTo("Ashburn, US");
        assertThat(attempt.perspectives().get(0).observed()).contains(token);
        // The evidence ledger names the four that corroborated, not the hijacked one.
        assertThat(jdbc.sql("SELECT corroborated_by FROM domain_validation WHERE certificate_id = :id").param("id", id.value())
                .query(String.class).single()).isEqualTo("Frankfurt, Singapore, Sao Paulo, Johannesburg");
    }

    @Test
    void twoHijackedPerspectivesRefuseNamingBothAndNothingIsIssued() throws Exception {
        CertificateId id = submittedDv();
        String token = token(id);
        perspectives(hijackedTxt("xyz"), honest(token), hijackedTxt("evil"), honest(token), honest(token));

        life.checkDomains.check(customer, id);

        assertNothingIssued(id);
        VerificationAttempt attempt = storedAttempt(id);
        assertThat(attempt.passed()).isFalse();
        assertThat(attempt.message()).isEqualTo("Not corroborated by 2 of 5 remote perspectives (Frankfurt: saw \"xyz\"; "
                + "Singapore: saw \"evil\"); at most 1 allowed (BR 3.2.2.9).");
        assertThat(attempt.perspectives()).extracting(PerspectiveResult::outcome)
                .containsExactly(Outcome.NOT_SEEN, Outcome.SEEN, Outcome.NOT_SEEN, Outcome.SEEN, Outcome.SEEN);
    }

    @Test
    void oneHijackedCaaSetStillIssuesTwoRefuse() throws Exception {
        CertificateId tolerated = submittedDv();
        String token = token(tolerated);
        perspectives(honest(token), honest(token), honest(token), forbiddingCaa(token), honest(token));
        life.checkDomains.check(customer, tolerated);
        assertThat(certificates.findAnyById(tolerated).orElseThrow().status()).isEqualTo(CertificateStatus.ISSUED);
        assertThat(storedAttempt(tolerated).perspectives().get(3).observed()).contains("do not authorize this CA")
                .contains("other-ca.example");

        CertificateId refused = submittedDv();
        String second = token(refused);
        perspectives(honest(second), forbiddingCaa(second), honest(second), forbiddingCaa(second), honest(second));
        life.checkDomains.check(customer, refused);

        assertNothingIssued(refused);
        assertThat(storedAttempt(refused).message()).startsWith("Not corroborated by 2 of 5 remote perspectives (Virginia: CAA records for ")
                .contains("; Sao Paulo: CAA records for ").endsWith("at most 1 allowed (BR 3.2.2.9).");
        assertThat(life.ca.signed).hasValue(1);
    }

    @Test
    void aPerspectiveDownAndOneTooSlowAreTwoNonCorroborations() throws Exception {
        CertificateId id = submittedDv();
        String token = token(id);
        perspectives(honest(token), down(), honest(token), honest(token), silent());

        life.checkDomains.check(customer, id);

        assertNothingIssued(id);
        assertThat(storedAttempt(id).message()).isEqualTo("Not corroborated by 2 of 5 remote perspectives (Virginia: timed out; "
                + "Johannesburg: timed out); at most 1 allowed (BR 3.2.2.9).");
        assertThat(storedAttempt(id).perspectives()).extracting(PerspectiveResult::outcome)
                .containsExactly(Outcome.SEEN, Outcome.ERROR, Outcome.SEEN, Outcome.SEEN, Outcome.ERROR);
    }

    @Test
    void aSlowPerspectiveAloneIsToleratedAndEveryAttemptAsksAfresh() throws Exception {
        CertificateId id = submittedDv();
        String token = token(id);
        perspectives(hijackedTxt("xyz"), honest(token), honest(token), honest(token), hijackedTxt("xyz"));
        life.checkDomains.check(customer, id);
        assertNothingIssued(id);
        asked.clear();

        // The hijack ends: the next attempt relies on nothing from the first (BR 3.2.2.9).
        perspectives(honest(token), honest(token), honest(token), honest(token), silent());
        life.checkDomains.check(customer, id);

        assertThat(asked).containsExactlyInAnyOrder("Frankfurt", "Virginia", "Singapore", "Sao Paulo", "Johannesburg");
        assertThat(certificates.findAnyById(id).orElseThrow().status()).isEqualTo(CertificateStatus.ISSUED);
    }

    private void assertNothingIssued(CertificateId id) {
        assertThat(certificates.findAnyById(id).orElseThrow().status()).isEqualTo(CertificateStatus.VERIFYING);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM approved_issuance WHERE certificate_id = :c").param("c", id.value())
                .query(Long.class).single()).as("no approval recorded").isZero();
        assertThat(certificates.findAnyById(id).orElseThrow().verifications()).noneMatch(DomainVerification::isVerified);
    }

    private VerificationAttempt storedAttempt(CertificateId id) {
        return certificates.findAnyById(id).orElseThrow().verifications().getFirst().lastAttempt().orElseThrow();
    }

    private String name;

    private CertificateId submittedDv() {
        CertificateId id = life.buy.buy(new BuyCertificates.Command(customer, "CertDesk", ValidationType.DV, Coverage.SINGLE, 1, 1))
                .getFirst();
        name = "www.mpic-" + UUID.randomUUID().toString().substring(0, 8) + "." + ZONE;
        life.submit.submit(new SubmitApplication.Command(customer, id, new CertificateApplication(Identifiers.parseLines(name),
                new CsrSource.SystemGenerated(KeyAlgorithm.EC_P256),
                new Contact("Li Wei", EmailAddress.parse("li.wei@example.com"), PhoneNumber.parse("+86 138 0013 8000")), null, null,
                VerificationMethod.DNS_TXT)));
        DomainVerification verification = certificates.findAnyById(id).orElseThrow().verifications().getFirst();
        // The primary sees the token and no CAA (any CA may issue).
        life.dns.publishTxt(verification.dnsRecordHost(), verification.token().value());
        return id;
    }

    private String token(CertificateId id) {
        return certificates.findAnyById(id).orElseThrow().verifications().getFirst().token().value();
    }

    private String txtHost() {
        return "_dnsauth." + name;
    }

    private DnsLookup honest(String token) throws Exception {
        return lookup(started(Dnsmasq.serving(ZONE, "com").txt(txtHost(), token)));
    }

    private DnsLookup hijackedTxt(String value) throws Exception {
        return lookup(started(Dnsmasq.serving(ZONE, "com").txt(txtHost(), value)));
    }

    private DnsLookup forbiddingCaa(String token) throws Exception {
        return lookup(started(Dnsmasq.serving(ZONE, "com").txt(txtHost(), token).caa(ZONE, 0, "issue", "other-ca.example")));
    }

    /** A dnsmasq that was started and then stopped: nothing answers on its port any more. */
    private DnsLookup down() throws Exception {
        Dnsmasq stopped = Dnsmasq.serving(ZONE, "com").start();
        stopped.close();
        return new DnsjavaDnsLookup(stopped.address(), Duration.ofMillis(500));
    }

    /** A UDP port that takes queries and never answers: slower than the perspective's deadline. */
    private DnsLookup silent() throws IOException {
        DatagramSocket blackHole = new DatagramSocket(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0));
        servers.add(blackHole);
        return new DnsjavaDnsLookup(new InetSocketAddress(InetAddress.getLoopbackAddress(), blackHole.getLocalPort()),
                Duration.ofSeconds(3));
    }

    private Dnsmasq started(Dnsmasq.Builder builder) throws Exception {
        Dnsmasq server = builder.start();
        servers.add(server);
        return server;
    }

    private static DnsLookup lookup(Dnsmasq server) {
        return new DnsjavaDnsLookup(server.address(), Duration.ofSeconds(3));
    }

    private void perspectives(DnsLookup... lookups) {
        List<RemotePerspective> list = new ArrayList<>();
        for (int i = 0; i < lookups.length; i++) {
            list.add(new Perspective(SITES.get(i), lookups[i], asked));
        }
        perspectives = List.copyOf(list);
    }

    /** A remote perspective in this process with its own DNS client and its own dnsmasq; no web server (DNS method). */
    private record Perspective(PerspectiveSite site, DnsLookup ownDns, Set<String> asked) implements RemotePerspective {
        @Override
        public DnsLookup dns() {
            asked.add(site.name());
            return ownDns;
        }

        @Override
        public WebsiteFileFetcher files() {
            return url -> new FileFetch.NotFound("no web server");
        }

        @Override
        public Health health() {
            return new Health.Up(0);
        }
    }
}
