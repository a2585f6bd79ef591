package org.certdesk.crashbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.certdesk.domain.certificate.CertificateId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Exactly once under kill -9 (issue 13; docs/benchmarks.md). Owns a MariaDB server process, seeds
 * N DV applications approved for issuance, then starts the real console (the ui jar) as a child
 * process on that database and, while it issues them, kills it with SIGKILL at random moments;
 * on some of those lives the database server is killed the same way first. Everything is
 * restarted each time. A last life runs until every approval is issued, is stopped, and the end
 * state is checked (ExactlyOnceChecks). Fails, after printing the counts, on any violation.
 * Options: -Dcertdesk.crash.applications=1000 -Dcertdesk.crash.kills=10 -Dcertdesk.crash.db-kills=2
 * -Dcertdesk.crash.seed=(random).
 */
@Tag("bench")
class CrashHarnessTest {

    private final int applications = Integer.getInteger("certdesk.crash.applications", 1000);
    private final int kills = Integer.getInteger("certdesk.crash.kills", 10);
    private final int dbKills = Integer.getInteger("certdesk.crash.db-kills", 2);
    private final long seed = Long.getLong("certdesk.crash.seed", System.nanoTime());

    @Test
    void everyApprovedApplicationIsIssuedExactlyOnceThroughKills() throws Exception {
        Path directory = Path.of("target", "crash-harness", String.valueOf(System.currentTimeMillis())).toAbsolutePath();
        Path jar = consoleJar();
        Random random = new Random(seed);
        System.out.printf("crash harness: %d applications, %d console kills, %d database kills, seed %d, files in %s%n",
                applications, kills, dbKills, seed, directory);

        OwnMariaDbServer database = new OwnMariaDbServer(directory.resolve("mariadb"));
        database.install();
        database.start();
        ConsoleProcess console = new ConsoleProcess(jar, directory, database);
        try {
            Instant seeding = Instant.now();
            List<CertificateId> approved = ApprovedApplicationsSeeder.seed(database, console.masterSecret(), applications);
            System.out.printf("crash harness: %d applications approved for issuance in %s%n", approved.size(),
                    Duration.between(seeding, Instant.now()));

            Instant killing = Instant.now();
            int killedDuringIssuance = 0;
            for (int life = 1; life <= kills; life++) {
                boolean killDatabase = dbKills > 0 && life % Math.max(1, kills / dbKills) == 0 && life / Math.max(1, kills / dbKills) <= dbKills;
                console.start();
                String moment;
                if (life % 3 == 0) {
                    long afterSpawn = 2_000 + random.nextInt(18_000);
                    Thread.sleep(afterSpawn);
                    moment = afterSpawn + " ms after spawn";
                } else {
                    if (!console.awaitStarted(Duration.ofMinutes(5))) {
                        throw new IllegalStateException("The console did not start; see " + console.log());
                    }
                    // Into the issuing itself: once this life's first certificate is out, on a machine of any speed.
                    awaitMoreIssued(database, approved, issued(database, approved), Duration.ofMinutes(2));
                    long afterFirst = random.nextInt(3_000);
                    Thread.sleep(afterFirst);
                    moment = afterFirst + " ms after this life's first issuance";
                }
                long before = issued(database, approved);
                if (killDatabase) {
                    database.kill();
                    Thread.sleep(500);
                }
                console.kill();
                if (killDatabase) {
                    database.start();
                }
                long after = issued(database, approved);
                if (after < approved.size()) {
                    killedDuringIssuance++;
                }
                System.out.printf("crash harness: kill %d (%s%s): %d of %d issued%n", life, moment,
                        killDatabase ? ", database killed first" : "", after, approved.size());
                if (after < before) {
                    throw new IllegalStateException("Issued certificates went from " + before + " to " + after + ": a committed issuance was lost");
                }
            }
            System.out.printf("crash harness: %d kills in %s, %d of them while approvals were still open%n", kills,
                    Duration.between(killing, Instant.now()), killedDuringIssuance);

            console.start();
            if (!console.awaitStarted(Duration.ofMinutes(5))) {
                throw new IllegalStateException("The console did not start; see " + console.log());
            }
            Instant deadline = Instant.now().plus(Duration.ofMinutes(10));
            while (issued(database, approved) < approved.size() && Instant.now().isBefore(deadline)) {
                Thread.sleep(1_000);
            }
            console.stop();

            ExactlyOnceChecks checks;
            try (Connection db = database.connect()) {
                checks = ExactlyOnceChecks.run(db, approved, console.journal());
            }
            System.out.printf("crash harness: console kills %d (during issuance %d), database kills %d%n", kills, killedDuringIssuance,
                    Math.min(dbKills, kills));
            checks.counts.forEach((name, count) -> System.out.printf("crash harness: %-70s %d%n", name, count));
            checks.violations.stream().limit(50).forEach(v -> System.out.println("crash harness: VIOLATION " + v));
            assertThat(checks.violations).as("exactly-once violations (first 50 printed above)").isEmpty();
        } finally {
            console.stop();
            database.stop();
        }
    }

    private static void awaitMoreIssued(HarnessDatabase database, List<CertificateId> approved, long than, Duration timeout)
            throws SQLException, InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (issued(database, approved) <= than && than < approved.size() && Instant.now().isBefore(deadline)) {
            Thread.sleep(100);
        }
    }

    static long issued(HarnessDatabase database, List<CertificateId> approved) throws SQLException {
        String ids = approved.stream().map(id -> String.valueOf(id.value())).collect(Collectors.joining(","));
        try (Connection db = database.connect();
             ResultSet rs = db.createStatement().executeQuery("SELECT COUNT(*) FROM certificate WHERE status = 'ISSUED' AND id IN (" + ids + ")")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static Path consoleJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("certdesk-ui-.*\\.jar")).findFirst().map(Path::toAbsolutePath)
                    .orElseThrow(() -> new IllegalStateException("No console jar in ui/target: run ./mvnw -q package -DskipTests first"));
        }
    }
}
