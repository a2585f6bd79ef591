package org.certdesk.loadbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

import io.gatling.app.Gatling$;
import org.certdesk.application.port.PasswordHasher;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The load test (issue 14): the console on the embedded default in this JVM, Gatling's
 * ConsoleLoadSimulation against it over HTTP (50 customers signed in through the login form, each
 * buying, applying and submitting in a loop). Only the {@code load} profile compiles it: see
 * docs/benchmarks.md ("Load") and ui/src/bench/run-load-benchmark.sh. Gatling's HTML report goes
 * to target/gatling; the test fails when Gatling's assertions (submit p99 under 150 ms, no failed
 * request) do.
 */
@Tag("bench")
@SpringBootTest(classes = CertDeskApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(ConsoleUseCasesOverHttp.class)
class ConsoleLoadBenchmarkTest {

    @LocalServerPort
    int port;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Tenants tenants;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordHasher hasher;

    @Test
    void fiftyCustomersBuyApplyAndSubmitWithSubmitP99Under150Milliseconds() throws IOException {
        int customers = Integer.getInteger(ConsoleLoadSimulation.CUSTOMERS, 50);
        String hash = hasher.hash(ConsoleLoadSimulation.PASSWORD);
        for (int i = 0; i < customers; i++) {
            String username = ConsoleLoadSimulation.USERNAME_PREFIX + i;
            if (accounts.findByUsername(username).isEmpty()) {
                accounts.save(UserAccount.newCustomer(username, "Load Customer " + i, hash, tenant("Load Bench " + i)));
            }
        }
        System.setProperty(ConsoleLoadSimulation.BASE_URL, "http://127.0.0.1:" + port);
        Path results = Path.of("target", "gatling");

        int status = Gatling$.MODULE$.fromArgs(new String[] {"--simulation", ConsoleLoadSimulation.class.getName(),
                "--results-folder", results.toString(), "--launcher", "maven", "--build-tool-version", "3"});

        try (Stream<Path> runs = Files.list(results)) {
            runs.filter(Files::isDirectory).max(Comparator.comparing(Path::getFileName))
                    .ifPresent(run -> System.out.println("Gatling report: " + run.resolve("index.html").toAbsolutePath()));
        }
        assertThat(status).as("Gatling's exit status (2: an assertion failed, see the report)").isZero();
    }

    private TenantId tenant(String name) {
        return jdbc.sql("SELECT id FROM tenant WHERE name = :n").param("n", name).query(Long.class).optional().map(TenantId::of)
                .orElseGet(() -> tenants.save(Tenant.unsaved(name)).id());
    }
}
