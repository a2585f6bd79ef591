package org.certdesk.adapters.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.adapters.TestActors;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.listing.CertificateSummary;
import org.certdesk.application.listing.ListCertificates;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.verification.VerificationMethod;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Customers submitting their own, different certificates at the same moment on MariaDB (issue
 * 14's load benchmark found them deadlocking on the names' search index): none deadlocks, and
 * every certificate's names are searchable, and only those, after a resubmission changed them.
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
class ConcurrentSubmitPersistenceTest {

    private static final int CUSTOMERS = 8;
    private static final int ROUNDS = 4;

    @Autowired
    LifecyclePorts ports;
    @Autowired
    TestActors actors;
    @Autowired
    JdbcClient jdbc;

    @Test
    void concurrentSubmitsOfDifferentCertificatesDoNotDeadlock() throws Exception {
        Lifecycle life = new Lifecycle(ports);
        List<Actor> customers = new ArrayList<>();
        for (int i = 0; i < CUSTOMERS; i++) {
            customers.add(actors.customer());
        }
        long deadlocksBefore = deadlocks();

        try (ExecutorService callers = Executors.newFixedThreadPool(CUSTOMERS)) {
            for (int round = 0; round < ROUNDS; round++) {
                List<CertificateId> bought = customers.stream().map(c -> buy(life, c)).toList();
                CyclicBarrier together = new CyclicBarrier(CUSTOMERS);
                List<CompletableFuture<CertificateStatus>> submits = new ArrayList<>();
                for (int i = 0; i < CUSTOMERS; i++) {
                    Actor customer = customers.get(i);
                    CertificateId id = bought.get(i);
                    submits.add(CompletableFuture.supplyAsync(() -> {
                        await(together);
                        return life.submit.submit(new SubmitApplication.Command(customer, id, application("www", "api"))).status();
                    }, callers));
                }
                for (CompletableFuture<CertificateStatus> submit : submits) {
                    assertThat(submit.get(60, TimeUnit.SECONDS)).isEqualTo(CertificateStatus.VERIFYING);
                }
            }
        }

        assertThat(deadlocks() - deadlocksBefore).as("InnoDB deadlocks during %d x %d concurrent submits", ROUNDS, CUSTOMERS)
                .isZero();
    }

    @Test
    void aResubmissionWithOtherNamesKeepsOnlyItsNamesSearchable() {
        Lifecycle life = new Lifecycle(ports);
        Actor customer = actors.customer();
        CertificateId id = buy(life, customer);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        CertificateApplication first = new CertificateApplication(Identifiers.parseLines("a-" + suffix + ".com\nb-" + suffix + ".com"),
                new CsrSource.SystemGenerated(KeyAlgorithm.EC_P256), contact(), null, null, VerificationMethod.DNS_TXT);
        life.submit.submit(new SubmitApplication.Command(customer, id, first));
        assertThat(searchableNames(id)).containsExactlyInAnyOrder("a-" + suffix + ".com", "b-" + suffix + ".com");

        life.cancel.cancel(customer, id);
        CertificateApplication second = new CertificateApplication(Identifiers.parseLines("b-" + suffix + ".com\nc-" + suffix + ".com"),
                new CsrSource.SystemGenerated(KeyAlgorithm.EC_P256), contact(), null, null, VerificationMethod.DNS_TXT);
        life.submit.submit(new SubmitApplication.Command(customer, id, second));

        assertThat(searchableNames(id)).containsExactlyInAnyOrder("b-" + suffix + ".com", "c-" + suffix + ".com");
        assertThat(life.list.page(new ListCertificates.Query(customer, null, null, "c-" + suffix + ".com"), 0, 10))
                .extracting(CertificateSummary::id).containsExactly(id);
        assertThat(life.list.page(new ListCertificates.Query(customer, null, null, "a-" + suffix + ".com"), 0, 10)).isEmpty();
    }

    private List<String> searchableNames(CertificateId id) {
        return jdbc.sql("SELECT name FROM certificate_name WHERE certificate_id = :id").param("id", id.value()).query(String.class).list();
    }

    private long deadlocks() {
        return jdbc.sql("SHOW GLOBAL STATUS LIKE 'Innodb_deadlocks'").query((rs, n) -> rs.getLong(2)).single();
    }

    private static CertificateId buy(Lifecycle life, Actor customer) {
        return life.buy.buy(new BuyCertificates.Command(customer, "CertDesk", ValidationType.DV, Coverage.MULTI_DOMAIN, 2, 1)).getFirst();
    }

    private static CertificateApplication application(String... labels) {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        StringBuilder names = new StringBuilder();
        for (String label : labels) {
            names.append(label).append('.').append("concurrent-").append(suffix).append(".com\n");
        }
        return new CertificateApplication(Identifiers.parseLines(names.toString()), new CsrSource.SystemGenerated(KeyAlgorithm.EC_P256),
                contact(), null, null, VerificationMethod.DNS_TXT);
    }

    private static Contact contact() {
        return new Contact("Ops", EmailAddress.parse("ops@example.com"), PhoneNumber.parse("+1 555 0100"));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
