package org.certdesk.adapters.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.UUID;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.domain.catalogue.ProductCatalogue;
import org.certdesk.domain.calendar.Holidays;
import org.certdesk.adapters.TestActors;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.port.DvReviewRequests;
import org.certdesk.application.port.ReviewAssignments;
import org.certdesk.application.port.ReviewQueueQuery;
import org.certdesk.application.port.SimulationSettingsStore;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.application.review.QueueFilter;
import org.certdesk.application.review.QueuedApplication;
import org.certdesk.application.review.DecideApplication;
import org.certdesk.application.review.ReviewQueue;
import org.certdesk.application.simulation.ManageSimulation;
import org.certdesk.application.simulation.SimulationPace;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.certificate.Certificate;
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
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.review.GovRegistrantRule;
import org.certdesk.domain.review.Reviews;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.domain.simulation.SimulationSettings;
import org.certdesk.domain.verification.VerificationMethod;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The admin's simulation settings, stored in MariaDB and read by the CA's automation at each
 * use: DV auto-approval on and off without a restart, and the speed factor's intervals.
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
class SimulationSettingsPersistenceTest {

    @Autowired
    TestActors actors;
    @Autowired
    LifecyclePorts ports;
    @Autowired
    ProductCatalogue catalogue;
    @Autowired
    Holidays holidays;
    @Autowired
    Certificates certificates;
    @Autowired
    AuditLog auditLog;
    @Autowired
    Reviews reviews;
    @Autowired
    Transactions transactions;
    @Autowired
    SimulationSettingsStore store;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    DvReviewRequests dvReviewRequests;
    @Autowired
    ReviewQueueQuery queueQuery;
    @Autowired
    ReviewAssignments assignments;

    Lifecycle life;
    ManageSimulation simulation;
    SimulationPace pace;
    ReviewQueue queue;
    DecideApplication decisions;
    Actor admin;
    Actor customer;
    Actor reviewer;

    @BeforeEach
    void setUp() {
        life = new Lifecycle(ports);
        simulation = new ManageSimulation(store, auditLog, transactions, life.clock);
        pace = new SimulationPace(store, transactions, Duration.ofMinutes(2), Duration.ofHours(1));
        life.autoApproveDv = pace::autoApproveDv;
        life.dvReviewRequests = dvReviewRequests;
        queue = new ReviewQueue(queueQuery, assignments, certificates, holidays, transactions,
                life.clock);
        decisions = life.decide;
        admin = actors.staff(Role.ADMIN);
        reviewer = actors.staff(Role.REVIEWER);
        customer = actors.customer();
    }

    /** The settings are global: later tests in this database expect the defaults. */
    @AfterEach
    void restoreDefaults() {
        store.save(SimulationSettings.DEFAULT);
    }

    @Test
    void theAdminsChangeIsStoredAuditedAndSetsTheCasIntervals() {
        simulation.change(admin, new SimulationSettings(true, 1));
        assertThat(pace.recheckInterval()).isEqualTo(Duration.ofMinutes(2));

        simulation.change(admin, new SimulationSettings(false, 100));

        assertThat(simulation.current(admin)).isEqualTo(new SimulationSettings(false, 100));
        assertThat(pace.recheckInterval()).isEqualTo(Duration.ofMillis(1200));
        assertThat(pace.sweepInterval()).isEqualTo(Duration.ofSeconds(36));
        assertThat(pace.autoApproveDv()).isFalse();
        assertThat(jdbc.sql("SELECT detail FROM audit_entry WHERE actor = :a AND action = 'Simulation settings changed' ORDER BY id")
                .param("a", admin.username()).query(String.class).list())
                .containsExactly("DV auto-approval on, speed 1x -> DV auto-approval on, speed 1x",
                        "DV auto-approval on, speed 1x -> DV auto-approval off, speed 100x");
    }

    @Test
    void onlyASignedInAdminReadsOrChangesTheSettings() {
        assertThatThrownBy(() -> simulation.change(customer, SimulationSettings.DEFAULT)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> simulation.change(reviewer, SimulationSettings.DEFAULT)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> simulation.current(Actor.system())).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> new SimulationSettings(true, 5000)).isInstanceOf(DomainException.class);
    }

    @Test
    void withAutoApprovalOffAVerifiedDvApplicationWaitsInTheReviewQueueAndOnAgainIssuesAtOnce() {
        simulation.change(admin, new SimulationSettings(false, 1));
        CertificateId held = verifiedDv("wait-" + suffix() + ".com");
        CertificateId unverified = life.buy.buy(new BuyCertificates.Command(customer, "CertDesk", ValidationType.DV,
                Coverage.SINGLE, 1, 1)).getFirst();
        life.submit.submit(new SubmitApplication.Command(customer, unverified, application("pending-" + suffix() + ".com")));

        Certificate waiting = certificates.findAnyById(held).orElseThrow();
        assertThat(waiting.status()).isEqualTo(CertificateStatus.VERIFYING);
        assertThat(waiting.isDomainVerificationComplete()).isTrue();
        assertThat(life.ca.signed).hasValue(0);
        life.checkDomains.check(Actor.system(), held);
        assertThat(certificates.findAnyById(held).orElseThrow().version()).as("a re-check while held changes nothing")
                .isEqualTo(waiting.version());

        QueueFilter dvOnly = new QueueFilter(ValidationType.DV, false, false);
        assertThat(queue.page(reviewer, dvOnly, 0, 500)).extracting(QueuedApplication::id).contains(held).doesNotContain(unverified);
        assertThat(queue.page(reviewer, QueueFilter.everything(), 0, 5000)).extracting(QueuedApplication::id).contains(held);
        assertThat(queue.count(reviewer, dvOnly)).isEqualTo(queue.page(reviewer, dvOnly, 0, 5000).size());
        assertThat(queue.claim(reviewer, held).username()).isEqualTo(reviewer.username());
        assertThatThrownBy(() -> queue.claim(reviewer, unverified)).isInstanceOf(DomainException.class);

        assertThat(decisions.approve(reviewer, held, waiting.version()).status()).isEqualTo(CertificateStatus.ISSUED);
        assertThat(queue.page(reviewer, dvOnly, 0, 500)).extracting(QueuedApplication::id).doesNotContain(held);

        simulation.change(admin, new SimulationSettings(true, 1));
        CertificateId automatic = verifiedDv("auto-" + suffix() + ".com");
        assertThat(certificates.findAnyById(automatic).orElseThrow().status()).isEqualTo(CertificateStatus.ISSUED);
    }

    @Test
    void aHeldDvApplicationIsOverdueAfterItsTwoBusinessDaysNotForWantOfAPhoneCall() {
        simulation.change(admin, new SimulationSettings(false, 1));
        CertificateId held = verifiedDv("late-" + suffix() + ".com"); // Wednesday 2026-11-25
        QueueFilter overdueDv = new QueueFilter(ValidationType.DV, true, false);

        life.clock.advance(Duration.ofDays(2)); // Friday: the last of its two business days
        assertThat(queue.page(reviewer, overdueDv, 0, 5000)).extracting(QueuedApplication::id).doesNotContain(held);
        assertThat(queue.page(reviewer, QueueFilter.everything(), 0, 5000)).filteredOn(row -> row.id().equals(held))
                .singleElement().satisfies(row -> assertThat(row.overdue()).isFalse());

        life.clock.advance(Duration.ofDays(3)); // Monday
        assertThat(queue.page(reviewer, overdueDv, 0, 5000)).extracting(QueuedApplication::id).contains(held);
        assertThat(queue.page(reviewer, QueueFilter.everything(), 0, 5000)).filteredOn(row -> row.id().equals(held))
                .singleElement().satisfies(row -> assertThat(row.overdue()).isTrue());
    }

    private CertificateId verifiedDv(String domain) {
        CertificateId id = life.buy.buy(new BuyCertificates.Command(customer, "CertDesk", ValidationType.DV, Coverage.SINGLE, 1, 1))
                .getFirst();
        life.submit.submit(new SubmitApplication.Command(customer, id, application(domain)));
        life.progress.show(customer, id).names().forEach(n -> life.dns.publishTxt(n.dnsHost(), n.dnsValue()));
        life.checkDomains.check(customer, id);
        return id;
    }

    private static CertificateApplication application(String domain) {
        return new CertificateApplication(Identifiers.parseLines(domain), new CsrSource.SystemGenerated(KeyAlgorithm.EC_P256),
                new Contact("Ops", EmailAddress.parse("ops@example.com"), PhoneNumber.parse("+86 138 0013 8000")), null, null,
                VerificationMethod.DNS_TXT);
    }

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
