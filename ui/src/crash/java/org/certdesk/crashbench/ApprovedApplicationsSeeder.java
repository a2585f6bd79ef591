package org.certdesk.crashbench;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.port.ApprovedIssuances;
import org.certdesk.application.port.PasswordHasher;
import org.certdesk.application.port.SimulationSettingsStore;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.shared.ConcurrentChangeException;
import org.certdesk.domain.simulation.SimulationSettings;
import org.certdesk.domain.verification.VerificationAttempt;
import org.certdesk.domain.verification.VerificationMethod;
import org.certdesk.ui.CertDeskApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Puts N DV applications into the state "approved for issuance" on the harness's database, with
 * the console's own code in this JVM (scheduler off, so nothing is issued here): bought and
 * submitted through the use cases, each name's check recorded as passed (no DNS is involved: the
 * demo zone lives in the memory of one process and would not survive the kills) and the approval
 * recorded as CheckDomainsNow records it. The console child then issues them, its restart sweep
 * picking up what each killed life left.
 */
final class ApprovedApplicationsSeeder {

    private ApprovedApplicationsSeeder() {
    }

    static List<CertificateId> seed(HarnessDatabase database, Path masterSecret, int applications) {
        return seed(database, masterSecret, applications, SimulationSettings.MAX_SPEED_FACTOR);
    }

    /** At a speed factor of the harness's choice: the cluster harness keeps 1x, so job intervals stay as configured. */
    static List<CertificateId> seed(HarnessDatabase database, Path masterSecret, int applications, int speedFactor) {
        // Command-line arguments: they outrank the test classpath's application.properties, as they must for the master secret.
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(CertDeskApplication.class).run(
                "--spring.datasource.url=" + database.jdbcUrl(), "--spring.datasource.username=root", "--spring.datasource.password=",
                "--server.port=0", "--certdesk.scheduler.enabled=false", "--certdesk.demo-data=false",
                "--certdesk.ca.master-secret-file=" + masterSecret, "--spring.main.banner-mode=off")) {
            return seed(context, applications, speedFactor);
        }
    }

    private static List<CertificateId> seed(ConfigurableApplicationContext context, int applications, int speedFactor) {
        Transactions transactions = context.getBean(Transactions.class);
        context.getBean(SimulationSettingsStore.class).save(new SimulationSettings(true, speedFactor));
        String run = UUID.randomUUID().toString().substring(0, 8);
        TenantId tenant = context.getBean(Tenants.class).save(Tenant.unsaved("Crash Harness " + run)).id();
        UserAccount account = context.getBean(UserAccounts.class).save(UserAccount.newCustomer("crash-" + run, "Crash Harness",
                context.getBean(PasswordHasher.class).hash("crash-harness-" + run), tenant));
        Actor customer = Actor.customer(account.id(), account.username(), tenant);
        BuyCertificates buy = context.getBean(BuyCertificates.class);
        SubmitApplication submit = context.getBean(SubmitApplication.class);
        CertificateAccess access = context.getBean(CertificateAccess.class);
        ApprovedIssuances approvals = context.getBean(ApprovedIssuances.class);
        IssuancePolicy policy = context.getBean(IssuancePolicy.class);
        Clock clock = context.getBean(Clock.class);

        List<CertificateId> ids = new ArrayList<>();
        for (int bought = 0; bought < applications; bought += BuyCertificates.MAX_QUANTITY) {
            ids.addAll(buy.buy(new BuyCertificates.Command(customer, "CertDesk", ValidationType.DV, Coverage.SINGLE, 1,
                    Math.min(BuyCertificates.MAX_QUANTITY, applications - bought))));
        }
        // A few at once: each commit waits for its redo-log flush, and the flushes of concurrent commits are shared.
        AtomicInteger seeded = new AtomicInteger();
        List<Future<Object>> tasks = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            for (int i = 0; i < ids.size(); i++) {
                CertificateId id = ids.get(i);
                String name = "www.crash-" + i + "-" + run + ".example.com";
                tasks.add(pool.submit(() -> {
                    var command = new SubmitApplication.Command(customer, id, new CertificateApplication(Identifiers.parseLines(name),
                            new CsrSource.SystemGenerated(KeyAlgorithm.EC_P256),
                            new Contact("Crash Harness", EmailAddress.parse("crash@example.com"), PhoneNumber.parse("+86 138 0013 8000")),
                            null, null, VerificationMethod.DNS_TXT));
                    // Concurrent submits deadlock in MariaDB (docs/benchmarks.md, "Load"); a victim three times over saved nothing.
                    for (int attempt = 1; ; attempt++) {
                        try {
                            submit.submit(command);
                            break;
                        } catch (ConcurrentChangeException deadlockedThrice) {
                            if (attempt == 5) {
                                throw deadlockedThrice;
                            }
                        }
                    }
                    transactions.inTransaction(() -> {
                        Certificate certificate = access.load(customer, id);
                        certificate.verifications().forEach(v -> certificate.recordVerificationAttempt(v.identifier(),
                                VerificationAttempt.passed(clock.instant(), "seeded by the crash harness"), policy));
                        approvals.record(id, certificate.round(), clock.instant());
                        access.save(customer, certificate);
                    });
                    if (seeded.incrementAndGet() % 100 == 0) {
                        System.out.printf("crash harness: %d approved applications seeded%n", seeded.get());
                    }
                    return null;
                }));
            }
        }
        for (Future<Object> task : tasks) {
            try {
                task.get();
            } catch (InterruptedException | ExecutionException e) {
                throw new IllegalStateException("Seeding failed after " + seeded.get() + " of " + ids.size() + " applications", e);
            }
        }
        return ids;
    }
}
