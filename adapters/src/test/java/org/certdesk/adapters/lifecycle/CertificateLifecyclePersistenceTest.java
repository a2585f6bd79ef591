package org.certdesk.adapters.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.TestActors;
import org.certdesk.adapters.transaction.AfterCommitWork;
import org.certdesk.application.listing.CertificateSummary;
import org.certdesk.application.listing.ListCertificates;
import org.certdesk.application.port.SubscriberKeyStore;
import org.certdesk.application.progress.Phrase;
import org.certdesk.application.progress.Progress;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.domain.review.RejectionCause;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.calendar.Party;
import org.certdesk.domain.catalogue.ProductCatalogue;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.DisplayStatus;
import org.certdesk.domain.certificate.Organization;
import org.certdesk.domain.certificate.RevocationReason;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.review.PhoneCallOutcome;
import org.certdesk.domain.shared.ConcurrentChangeException;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.NotFoundException;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.domain.verification.VerificationAttempt;
import org.certdesk.domain.verification.VerificationMethod;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The certificate's life through the use cases, stored in a real MariaDB. The CA, DNS and Whois
 * are test doubles here; their adapters are tested against openssl and dnsmasq.
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
class CertificateLifecyclePersistenceTest {

    private static final String CAUSE = "The organization data do not match the official records: the name differs from the business licence";

    @Autowired
    ApplicationContext context;
    @Autowired
    TestActors actors;
    @Autowired
    LifecyclePorts ports;
    @Autowired
    Certificates certificates;
    @Autowired
    AuditLog auditLog;
    @Autowired
    SubscriberKeyStore keyStore;
    @Autowired
    ProductCatalogue catalogue;
    @Autowired
    JdbcClient jdbc;

    Lifecycle life;
    Actor customer;
    Actor otherTenantsCustomer;
    Actor reviewer;
    Actor secondReviewer;

    @BeforeEach
    void setUp() {
        life = new Lifecycle(ports);
        customer = actors.customer();
        otherTenantsCustomer = actors.customer();
        reviewer = actors.staff(Role.REVIEWER);
        secondReviewer = actors.staff(Role.REVIEWER);
    }

    @Test
    void dvCertificateLivesFromPurchaseToIssuedAndRevoked() {
        CertificateId id = buyOne(ValidationType.DV);
        assertThat(life.list.page(query(customer, CertificateStatus.PENDING_APPLICATION), 0, 10))
                .extracting(s -> s.id()).contains(id);

        life.submit.submit(new SubmitApplication_(customer, id, dvApplication("www.shop-" + suffix() + ".com")).command());
        Progress waiting = life.progress.show(customer, id);
        assertThat(waiting.status()).isEqualTo(CertificateStatus.VERIFYING);
        assertThat(waiting.waitingOn()).isEqualTo(Progress.WaitingOn.CUSTOMER);
        Progress.NameVerification instructions = waiting.names().getFirst();
        assertThat(instructions.dnsHost()).startsWith("_dnsauth.www.shop-");
        assertThat(instructions.dnsValue()).matches("\\d{14}[a-z0-9]{50}");

        var missing = life.checkDomains.check(customer, id);
        assertThat(missing.status()).isEqualTo(CertificateStatus.VERIFYING);
        assertThat(missing.attempts()).extracting(VerificationAttempt::message).containsExactly("No DNS record found.");

        life.dns.publishTxt(instructions.dnsHost(), "20260101000000wrongwrongwrongwrongwrongwrongwrongwrongwrongwrong");
        var wrong = life.checkDomains.check(customer, id);
        assertThat(wrong.attempts()).extracting(VerificationAttempt::message).containsExactly("Mismatch found in the DNS record.");

        life.dns.publishTxt(instructions.dnsHost(), instructions.dnsValue());
        var passed = life.checkDomains.check(customer, id);
        assertThat(passed.status()).isEqualTo(CertificateStatus.ISSUED);
        assertThat(life.ca.signed).hasValue(1);
        assertThat(keyStore.find(id, 1)).as("system-generated CSR and key kept").isPresent();

        Progress issued = life.progress.show(customer, id);
        assertThat(issued.steps()).extracting(Progress.Step::state)
                .containsExactly(Progress.StepState.DONE, Progress.StepState.DONE, Progress.StepState.NOT_APPLICABLE,
                        Progress.StepState.DONE, Progress.StepState.DONE);
        assertThat(issued.log()).extracting(Progress.LogLine::text)
                .anyMatch(line -> line.args().contains(Phrase.of("progress.check.noDnsRecord")))
                .anyMatch(line -> line.key().equals("progress.log.checkFound")
                        && line.args().get(1).equals(Phrase.of("progress.check.dnsMismatch"))
                        && line.args().get(2) instanceof Phrase found && found.key().equals("progress.asWritten")
                        && found.args().getFirst().toString().startsWith("20260101000000wrong"));

        String name = waiting.names().getFirst().name();
        assertThat(life.list.page(new ListCertificates.Query(customer, CertificateStatus.ISSUED, null, name), 0, 10))
                .extracting(s -> s.id()).containsExactly(id);
        assertThat(life.list.page(new ListCertificates.Query(customer, null, null, name.substring(0, 12)), 0, 10))
                .extracting(s -> s.id()).contains(id);
        assertThat(life.list.page(new ListCertificates.Query(customer, null, null, "no-such-name"), 0, 10)).isEmpty();

        life.revoke.revoke(customer, id, RevocationReason.KEY_COMPROMISE);
        assertThat(statusOf(id)).isEqualTo(CertificateStatus.REVOKED);
        String serial = certificates.findAnyById(id).orElseThrow().issued().orElseThrow().serialHex();
        assertThat(life.revocations.revoked).containsExactly(serial + " KEY_COMPROMISE");

        AfterCommitWork.awaitDone(context);
        assertThat(life.mail.sent).filteredOn(m -> m.contains("#" + id.value() + " "))
                .anyMatch(m -> m.startsWith("APPLICATION_RECEIVED li.wei@example.com"))
                .anyMatch(m -> m.startsWith("VERIFICATION_INSTRUCTIONS") && m.contains(instructions.dnsValue()))
                .anyMatch(m -> m.startsWith("ISSUED"))
                .anyMatch(m -> m.startsWith("REVOKED") && m.contains("Key compromise"));
        assertThat(auditLog.forCertificate(id)).extracting(AuditEntry::action).containsSubsequence(
                "Certificate purchased", "Application submitted", "Domain check", "Certificate issued", "Certificate revoked");
        assertThat(auditLog.forCertificate(id)).filteredOn(e -> e.action().equals("Certificate issued"))
                .singleElement().satisfies(e -> {
                    assertThat(e.before()).isEqualTo(CertificateStatus.VERIFYING);
                    assertThat(e.after()).isEqualTo(CertificateStatus.ISSUED);
                    assertThat(e.actor()).isEqualTo(customer.username());
                });
    }

    @Test
    void ovApplicationIsRejectedResubmittedAndApprovedWithHistoryKept() {
        CertificateId id = buyOne(ValidationType.OV);
        String domain = "portal-" + suffix() + ".com";
        life.submit.submit(new SubmitApplication_(customer, id, ovApplication(domain)).command());
        publishAllTokens(id);
        life.checkDomains.check(customer, id);
        assertThat(statusOf(id)).as("OV waits for the CA after its domain checks").isEqualTo(CertificateStatus.VERIFYING);

        assertThatThrownBy(() -> life.decide.approve(reviewer, id, versionOf(id)))
                .isInstanceOf(DomainException.class).hasMessageContaining("not confirmed the verification email");

        life.decide.reject(reviewer, id, versionOf(id), RejectionCause.ORGANIZATION_DATA_MISMATCH, "the name differs from the business licence");
        assertThat(statusOf(id)).isEqualTo(CertificateStatus.VALIDATION_FAILED);
        assertThat(life.progress.show(customer, id).failureCause()).isEqualTo(Phrase.of("progress.cause.withNote",
                Phrase.of("progress.cause.ORGANIZATION_DATA_MISMATCH"), "the name differs from the business licence"));
        AfterCommitWork.awaitDone(context);
        assertThat(life.mail.sent).anyMatch(m -> m.startsWith("VALIDATION_FAILED") && m.contains("#" + id.value() + " ")
                && m.contains("the name differs from the business licence"));

        life.submit.resubmit(new SubmitApplication_(customer, id, ovApplication(domain)).command());
        publishAllTokens(id);
        life.checkDomains.check(customer, id);
        life.reviewer.verificationEmailSent(reviewer, id);
        life.reviewer.verificationEmailConfirmed(reviewer, id);
        life.reviewer.phoneCallRecorded(reviewer, id, PhoneCallOutcome.CONFIRMED, "spoke to the applicant");
        Certificate issued = life.decide.approve(reviewer, id, versionOf(id));

        assertThat(issued.status()).isEqualTo(CertificateStatus.ISSUED);
        assertThat(issued.round()).isEqualTo(2);
        assertThat(issued.history()).hasSize(2);
        assertThat(issued.history().getFirst().cause()).isEqualTo(CAUSE);
        List<Phrase> log = life.progress.show(customer, id).log().stream().map(Progress.LogLine::text).toList();
        assertThat(log).anyMatch(line -> line.key().equals("progress.log.emailConfirmed"))
                .anyMatch(line -> line.key().equals("progress.log.callNote") && line.args().contains(Phrase.of("call.outcome.CONFIRMED")));
        assertThat(log).as("both rounds stay in the log, in order, the cause as a reviewer picked it with the note").containsSubsequence(
                Phrase.of("progress.log.submitted", 1),
                Phrase.of("progress.log.rejected", 1, Phrase.of("progress.cause.withNote",
                        Phrase.of("progress.cause.ORGANIZATION_DATA_MISMATCH"), "the name differs from the business licence")),
                Phrase.of("progress.log.submitted", 2),
                Phrase.of("progress.log.issued", 2));
        assertThat(log).filteredOn(line -> line.args().contains(domain)).as("each round's domain check").hasSize(2);
    }

    @Test
    void twoReviewersDecidingAtOnceLetExactlyOneWin() throws Exception {
        CertificateId id = readyOvApplication();
        life.ca.delay = Duration.ofMillis(400);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        long seen = versionOf(id); // both reviewers look at the same page
        try {
            CompletableFuture<String> approve = CompletableFuture.supplyAsync(() -> outcome(start,
                    () -> life.decide.approve(reviewer, id, seen)), pool);
            CompletableFuture<String> reject = CompletableFuture.supplyAsync(() -> outcome(start, () -> {
                sleep(100); // lands while the approval is being signed
                life.decide.reject(secondReviewer, id, seen, RejectionCause.APPLICANT_REFUSED, null);
            }), pool);
            start.countDown();
            List<String> outcomes = List.of(approve.get(20, TimeUnit.SECONDS), reject.get(20, TimeUnit.SECONDS));

            assertThat(outcomes).containsExactlyInAnyOrder("ok", ConcurrentChangeException.MESSAGE);
        } finally {
            pool.shutdownNow();
        }
        CertificateStatus finalStatus = statusOf(id);
        List<String> decisions = auditLog.forCertificate(id).stream().map(AuditEntry::action)
                .filter(a -> a.equals("Certificate issued") || a.equals("Application rejected")).toList();
        assertThat(decisions).as("exactly one decision was written").hasSize(1);
        assertThat(finalStatus).isEqualTo(decisions.getFirst().equals("Certificate issued")
                ? CertificateStatus.ISSUED : CertificateStatus.VALIDATION_FAILED);
    }

    @Test
    void anotherTenantsCustomerCannotReadOrChangeTheCertificate() {
        CertificateId id = buyOne(ValidationType.DV);
        life.submit.submit(new SubmitApplication_(customer, id, dvApplication("secret-" + suffix() + ".com")).command());

        assertThatThrownBy(() -> life.progress.show(otherTenantsCustomer, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> life.cancel.cancel(otherTenantsCustomer, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> life.checkDomains.check(otherTenantsCustomer, id)).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> life.revoke.revoke(otherTenantsCustomer, id, RevocationReason.UNSPECIFIED))
                .isInstanceOf(NotFoundException.class);
        assertThat(life.list.page(query(otherTenantsCustomer, null), 0, 500)).extracting(s -> s.id()).doesNotContain(id);
        assertThat(statusOf(id)).isEqualTo(CertificateStatus.VERIFYING);
    }

    @Test
    void customersCannotActAsReviewersNorReviewersAsCustomers() {
        CertificateId id = readyOvApplication();

        assertThatThrownBy(() -> life.decide.approve(customer, id, versionOf(id))).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> life.decide.reject(customer, id, versionOf(id), RejectionCause.OTHER, "no")).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> life.reviewer.verificationEmailSent(customer, id)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> life.buy.buy(new BuyCertificates.Command(reviewer, "CertDesk", ValidationType.DV,
                Coverage.SINGLE, 1, 1))).isInstanceOf(NotPermittedException.class);
        assertThat(statusOf(id)).isEqualTo(CertificateStatus.VERIFYING);
    }

    @Test
    void cancelKeepsTheApplicationForEditingButIsRefusedOnceIssued() {
        CertificateId id = buyOne(ValidationType.DV);
        CertificateApplication application = dvApplication("edit-" + suffix() + ".com");
        life.submit.submit(new SubmitApplication_(customer, id, application).command());

        Certificate cancelled = life.cancel.cancel(customer, id);
        assertThat(cancelled.status()).isEqualTo(CertificateStatus.PENDING_APPLICATION);
        assertThat(cancelled.application()).contains(application);

        life.submit.submit(new SubmitApplication_(customer, id, application).command());
        publishAllTokens(id);
        life.checkDomains.check(customer, id);
        assertThatThrownBy(() -> life.cancel.cancel(customer, id)).hasMessage("An issued certificate cannot be cancelled.");
    }

    /** The list's "waiting on … since" comes from the same clocks as the Progress panel, for the window's rows only. */
    @Test
    void listRowsSayWhoAnApplicationWaitsOnSinceWhenAndWhenItIsOverdue() {
        CertificateId id = buyOne(ValidationType.OV);
        String domain = "waiting-" + suffix() + ".com";
        life.submit.submit(new SubmitApplication_(customer, id, ovApplication(domain)).command());
        Instant submitted = certificates.findAnyById(id).orElseThrow().submittedAt().orElseThrow();

        assertThat(waitingOf(id)).as("names to verify: the customer's turn since the submission")
                .contains(new CertificateSummary.Waiting(Party.CUSTOMER, submitted, false, life.clock.instant()));

        life.clock.advance(Duration.ofHours(2));
        publishAllTokens(id);
        life.checkDomains.check(customer, id);
        Instant verified = life.clock.instant();
        assertThat(waitingOf(id)).as("names verified: the CA owes the first contact").hasValueSatisfying(waiting -> {
            assertThat(waiting.party()).isEqualTo(Party.CA);
            assertThat(waiting.since()).isEqualTo(verified)
                    .isEqualTo(life.progress.show(customer, id).clocks().orElseThrow().waitingSince());
            assertThat(waiting.overdue()).isFalse();
        });

        life.clock.advance(Duration.ofDays(6));
        assertThat(waitingOf(id)).as("no contact within a business day").hasValueSatisfying(waiting -> {
            assertThat(waiting.party()).isEqualTo(Party.CA);
            assertThat(waiting.overdue()).isTrue();
        });

        life.reviewer.verificationEmailSent(reviewer, id);
        assertThat(waitingOf(id)).as("the CA's email, a review entry, hands the turn to the applicant")
                .hasValueSatisfying(waiting -> {
                    assertThat(waiting.party()).isEqualTo(Party.CUSTOMER);
                    assertThat(waiting.since()).isEqualTo(life.clock.instant());
                });

        CertificateId unused = buyOne(ValidationType.DV);
        assertThat(waitingOf(unused)).as("nothing awaited before an application").isEmpty();
    }

    /** The grid benchmark's generated rows (src/test/resources/bench in ui) are Verifying with no verifications stored. */
    @Test
    void aVerifyingRowAsTheGridBenchmarkGeneratesItListsAsWaitingOnTheCustomer() {
        jdbc.sql("""
                        INSERT INTO certificate (tenant_id, brand, validation_type, coverage, name_slots, combined, status, primary_name,
                                                 purchased_at, submitted_at, round_no, document, version)
                        VALUES (:tenant, 'CertDesk', 'DV', 'SINGLE', 1, FALSE, 'VERIFYING', 'www.bench.example.com',
                                '2026-01-01 00:00:00', '2026-01-01 00:00:00', 1, CONCAT('{"submittedAt":"2026-01-01T00:00:00Z","application":',
                                '{"identifiers":["www.bench.example.com"],"csrKind":"SYSTEM_GENERATED","keyAlgorithm":"EC_P256",',
                                '"csrPem":null,"contact":{"name":"Bench","email":"bench@example.com","phone":"+8613800138000"},',
                                '"organization":null,"ev":null,"verificationMethod":"DNS_TXT"}',
                                ',"verifications":[],"history":[],"failureCause":null,"issued":null,"revocation":null}'), 0)""")
                .param("tenant", customer.requireCustomerTenant().value()).update();
        CertificateSummary row = life.list.page(query(customer, CertificateStatus.VERIFYING), 0, 25).getFirst();

        assertThat(row.waitingOn()).map(CertificateSummary.Waiting::party).contains(Party.CUSTOMER);
    }

    private Optional<CertificateSummary.Waiting> waitingOf(CertificateId id) {
        return life.list.page(query(customer, null), 0, 25).stream().filter(row -> row.id().equals(id)).findFirst()
                .orElseThrow().waitingOn();
    }

    @Test
    void caaRecordNamingAnotherCaKeepsTheApplicationVerifying() {
        CertificateId id = buyOne(ValidationType.DV);
        String domain = "caa-" + suffix() + ".com";
        life.submit.submit(new SubmitApplication_(customer, id, dvApplication("www." + domain)).command());
        publishAllTokens(id);
        life.dns.publishCaa(domain, "0 issue \"other-ca.example\"");

        var result = life.checkDomains.check(customer, id);

        assertThat(result.status()).isEqualTo(CertificateStatus.VERIFYING);
        assertThat(result.attempts().getFirst().message()).startsWith("CAA records for").contains("other-ca.example");
        assertThat(life.ca.signed).hasValue(0);
    }

    @Test
    void listRowsShowTheCustomersNamesAndPendingExpirationOnlyToTheirTenant() {
        CertificateId unused = buyOne(ValidationType.DV);
        CertificateId id = buyOne(ValidationType.DV);
        String name = "www.例子" + suffix() + ".com";
        life.submit.submit(new SubmitApplication_(customer, id, dvApplication(name)).command());
        publishAllTokens(id);
        life.checkDomains.check(customer, id);
        var issued = certificates.findAnyById(id).orElseThrow().issued().orElseThrow();

        CertificateSummary row = life.list.page(new ListCertificates.Query(customer, null, null, name), 0, 50).getFirst();
        assertThat(row.id()).isEqualTo(id);
        assertThat(row.names()).as("Unicode as typed, with its A-label beside it (issue 14)")
                .containsExactly(name + " (" + java.net.IDN.toASCII(name) + ")");
        assertThat(row.status()).isEqualTo(CertificateStatus.ISSUED);
        assertThat(row.displayStatus()).isEqualTo(DisplayStatus.ISSUED);
        assertThat(row.notBefore()).isEqualTo(issued.notBefore());
        assertThat(row.notAfter()).isEqualTo(issued.notAfter());
        assertThat(life.list.page(query(customer, null), 0, 2_000)).as("newest first, windows over 500 rows allowed")
                .extracting(CertificateSummary::id).containsSubsequence(id, unused);
        assertThat(life.list.page(query(customer, CertificateStatus.PENDING_APPLICATION), 0, 50))
                .filteredOn(s -> s.id().equals(unused)).singleElement()
                .satisfies(s -> assertThat(s.names()).isEmpty());

        life.clock.advance(Duration.between(life.clock.instant(), issued.notAfter().minus(Duration.ofDays(10))));
        assertThat(life.list.page(new ListCertificates.Query(customer, CertificateStatus.ISSUED, null, name), 0, 50))
                .extracting(CertificateSummary::displayStatus).containsExactly(DisplayStatus.PENDING_EXPIRATION);

        assertThat(life.list.page(new ListCertificates.Query(otherTenantsCustomer, null, null, name), 0, 50)).isEmpty();
        assertThat(life.list.page(query(otherTenantsCustomer, null), 0, 500)).extracting(CertificateSummary::id)
                .doesNotContain(id, unused);
    }

    @Test
    void aPrefixMatchingManyCertificatesIsPagedNewestFirst() {
        String prefix = "walk" + suffix();
        List<CertificateId> newestFirst = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            CertificateId id = buyOne(ValidationType.DV);
            life.submit.submit(new SubmitApplication_(customer, id, dvApplication(prefix + "-" + i + ".example.com")).command());
            newestFirst.addFirst(id);
        }
        ListCertificates.Query search = new ListCertificates.Query(customer, null, null, prefix);

        // Full pages come from the newest-first walk, the short last one from the semi-join: the same order.
        assertThat(life.list.page(search, 0, 2)).extracting(CertificateSummary::id).containsExactlyElementsOf(newestFirst.subList(0, 2));
        assertThat(life.list.page(search, 2, 2)).extracting(CertificateSummary::id).containsExactlyElementsOf(newestFirst.subList(2, 4));
        assertThat(life.list.page(search, 4, 2)).extracting(CertificateSummary::id).containsExactly(newestFirst.get(4));
        assertThat(life.list.page(new ListCertificates.Query(customer, CertificateStatus.VERIFYING, null, prefix), 0, 3))
                .extracting(CertificateSummary::id).containsExactlyElementsOf(newestFirst.subList(0, 3));
        // Fewer matching names than the broad-search probe (3 in the tests): straight to the semi-join, same rows.
        assertThat(life.list.page(new ListCertificates.Query(customer, null, null, prefix + "-1"), 0, 2))
                .extracting(CertificateSummary::id).containsExactly(newestFirst.get(3));
        assertThat(life.list.page(new ListCertificates.Query(customer, null, null, prefix + "-9"), 0, 2)).isEmpty();
    }

    @Test
    void sweepsFailOverdueOvApplicationsAndExpireOldCertificates() {
        CertificateId ov = readyOvApplication();
        CertificateId dv = buyOne(ValidationType.DV);
        life.submit.submit(new SubmitApplication_(customer, dv, dvApplication("old-" + suffix() + ".com")).command());
        publishAllTokens(dv);
        life.checkDomains.check(customer, dv);
        assertThat(statusOf(dv)).isEqualTo(CertificateStatus.ISSUED);

        life.clock.advance(Duration.ofDays(31));
        life.sweeps.failOverdueApplications();
        assertThat(statusOf(ov)).isEqualTo(CertificateStatus.VALIDATION_FAILED);
        assertThat(life.progress.show(customer, ov).failureCause()).isEqualTo(Phrase.of("progress.cause.overdue"));

        life.clock.advance(Duration.ofDays(400));
        life.sweeps.markExpired();
        assertThat(statusOf(dv)).isEqualTo(CertificateStatus.EXPIRED);
    }

    @Test
    void scheduledRecheckIssuesADvApplicationOnceItsRecordAppears() {
        CertificateId id = buyOne(ValidationType.DV);
        life.submit.submit(new SubmitApplication_(customer, id, dvApplication("cron-" + suffix() + ".com")).command());
        life.recheck.recheck();
        assertThat(statusOf(id)).isEqualTo(CertificateStatus.VERIFYING);

        publishAllTokens(id);
        life.recheck.recheck();

        assertThat(statusOf(id)).isEqualTo(CertificateStatus.ISSUED);
        assertThat(auditLog.forCertificate(id)).filteredOn(e -> e.action().equals("Certificate issued"))
                .singleElement().satisfies(e -> assertThat(e.actor()).isEqualTo("system"));
    }

    @Test
    void unusedOvPurchasesCombineIntoOneMultiDomainCertificate() {
        List<CertificateId> parts = life.buy.buy(new BuyCertificates.Command(customer, "CertDesk", ValidationType.OV,
                Coverage.WILDCARD, 1, 2));
        CertificateId single = buyOne(ValidationType.OV);
        List<CertificateId> all = new ArrayList<>(parts);
        all.add(single);

        Certificate combined = life.combine.combine(customer, all);

        assertThat(combined.product().coverage()).isEqualTo(Coverage.MULTI_DOMAIN);
        assertThat(combined.product().nameSlots()).isEqualTo(3);
        assertThat(combined.product().combined()).isTrue();
        assertThat(combined.status()).isEqualTo(CertificateStatus.PENDING_APPLICATION);
        all.forEach(id -> assertThat(certificates.findAnyById(id)).isEmpty());
        assertThat(auditLog.forCertificate(single)).extracting(AuditEntry::detail).contains("into certificate " + combined.id().value());
    }

    @Test
    void combiningRefusesDvAppliedOrOtherTenantsCertificates() {
        List<CertificateId> dv = life.buy.buy(new BuyCertificates.Command(customer, "CertDesk", ValidationType.DV,
                Coverage.SINGLE, 1, 2));
        assertThatThrownBy(() -> life.combine.combine(customer, dv)).hasMessage("Only OV and EV certificates can be combined.");

        CertificateId applied = readyOvApplication();
        CertificateId unused = buyOne(ValidationType.OV);
        assertThatThrownBy(() -> life.combine.combine(customer, List.of(applied, unused))).hasMessageContaining("has been applied for");

        CertificateId theirs = life.buy.buy(new BuyCertificates.Command(otherTenantsCustomer, "CertDesk", ValidationType.OV,
                Coverage.SINGLE, 1, 1)).getFirst();
        assertThatThrownBy(() -> life.combine.combine(customer, List.of(unused, theirs))).isInstanceOf(NotFoundException.class);
        assertThat(certificates.findAnyById(unused)).as("nothing half-written").isPresent();
    }

    @Test
    void renewalReusesValidationEvidenceAndIsIssuedWithoutNewDnsRecords() {
        CertificateId id = buyOne(ValidationType.DV);
        life.submit.submit(new SubmitApplication_(customer, id, dvApplication("renew-" + suffix() + ".com")).command());
        publishAllTokens(id);
        life.checkDomains.check(customer, id);

        Certificate renewal = life.renew.renew(customer, id);
        assertThat(renewal.id()).isNotEqualTo(id);
        assertThat(renewal.isDomainVerificationComplete()).as("evidence reused (BR 4.2.1)").isTrue();
        assertThat(life.checkDomains.check(customer, renewal.id()).status()).isEqualTo(CertificateStatus.ISSUED);
    }

    // --- fixtures ---------------------------------------------------------------------------

    private CertificateId readyOvApplication() {
        CertificateId id = buyOne(ValidationType.OV);
        life.submit.submit(new SubmitApplication_(customer, id, ovApplication("corp-" + suffix() + ".com")).command());
        publishAllTokens(id);
        life.checkDomains.check(customer, id);
        life.reviewer.verificationEmailSent(reviewer, id);
        life.reviewer.verificationEmailConfirmed(reviewer, id);
        return id;
    }

    private void publishAllTokens(CertificateId id) {
        life.progress.show(customer, id).names().forEach(n -> life.dns.publishTxt(n.dnsHost(), n.dnsValue()));
    }

    @Test
    void aStoredNameThatTodaysRulesRefuseStillLoads() {
        CertificateId id = buyOne(ValidationType.DV);
        life.submit.submit(new SubmitApplication_(customer, id, dvApplication("www.shop-" + suffix() + ".com")).command());
        // Stored while it was allowed; an internal name is refused today (BR 4.2.2), as a confusable may be tomorrow.
        withStoredDocument(id, "JSON_SET(document, '$.application.identifiers[0]', 'intranet.corp')", () -> {
            assertThatThrownBy(() -> Identifiers.parseLines("intranet.corp")).isInstanceOf(DomainException.class);

            Certificate restored = certificates.findAnyById(id).orElseThrow();
            assertThat(restored.application().orElseThrow().identifiers().first().value()).isEqualTo("intranet.corp");
            assertThat(life.list.page(query(customer, null), 0, 10)).filteredOn(s -> s.id().equals(id))
                    .singleElement().satisfies(s -> assertThat(s.names()).containsExactly("intranet.corp"));
        });
    }

    @Test
    void aDocumentFromANewerCertDeskIsRefusedAndOneWithoutAFormatIsFormatOne() {
        CertificateId id = buyOne(ValidationType.DV);
        life.submit.submit(new SubmitApplication_(customer, id, dvApplication("www.shop-" + suffix() + ".com")).command());
        assertThat(jdbc.sql("SELECT JSON_EXTRACT(document, '$.format') FROM certificate WHERE id = :id")
                .param("id", id.value()).query(Integer.class).single()).isEqualTo(1);

        withStoredDocument(id, "JSON_REMOVE(document, '$.format')", () -> assertThat(certificates.findAnyById(id)).isPresent());

        withStoredDocument(id, "JSON_SET(document, '$.format', 2)", () -> {
            assertThatThrownBy(() -> certificates.findAnyById(id))
                    .isInstanceOf(IllegalStateException.class).hasMessageContaining("document format 2");

            CertificateId readable = buyOne(ValidationType.DV);
            life.submit.submit(new SubmitApplication_(customer, readable, dvApplication("after-" + suffix() + ".com")).command());
            publishAllTokens(readable);
            life.recheck.recheck();
            assertThat(statusOf(readable)).as("the unreadable certificate does not stop the sweep").isEqualTo(CertificateStatus.ISSUED);
        });
    }

    /** Changes the stored document for the checks, then puts it back: the sweeps of other tests load every row. */
    private void withStoredDocument(CertificateId id, String newDocumentExpression, Runnable checks) {
        String original = jdbc.sql("SELECT document FROM certificate WHERE id = :id").param("id", id.value()).query(String.class).single();
        assertThat(jdbc.sql("UPDATE certificate SET document = " + newDocumentExpression + " WHERE id = :id")
                .param("id", id.value()).update()).isEqualTo(1);
        try {
            checks.run();
        } finally {
            jdbc.sql("UPDATE certificate SET document = :original WHERE id = :id").param("original", original).param("id", id.value()).update();
        }
    }

    private CertificateId buyOne(ValidationType type) {
        return life.buy.buy(new BuyCertificates.Command(customer, "CertDesk", type, Coverage.SINGLE, 1, 1)).getFirst();
    }

    private CertificateStatus statusOf(CertificateId id) {
        return certificates.findAnyById(id).orElseThrow().status();
    }

    /** The version a reviewer's page shows; decisions carry it. */
    private long versionOf(CertificateId id) {
        return certificates.findAnyById(id).orElseThrow().version();
    }

    private static ListCertificates.Query query(Actor actor, CertificateStatus status) {
        return new ListCertificates.Query(actor, status, null, null);
    }

    private static CertificateApplication dvApplication(String name) {
        return new CertificateApplication(Identifiers.parseLines(name), new CsrSource.SystemGenerated(KeyAlgorithm.EC_P256),
                contact(), null, null, VerificationMethod.DNS_TXT);
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

    private static String suffix() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static String outcome(CountDownLatch start, Runnable action) {
        try {
            start.await();
            action.run();
            return "ok";
        } catch (DomainException e) {
            return e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** Reads like the panel's Submit. */
    private record SubmitApplication_(Actor actor, CertificateId id, CertificateApplication application) {
        org.certdesk.application.apply.SubmitApplication.Command command() {
            return new org.certdesk.application.apply.SubmitApplication.Command(actor, id, application);
        }
    }
}
