package org.certdesk.crashbench;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.certdesk.domain.certificate.CertificateId;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * More than one machine, on loopback (issue 17; docs/deployment.md): a three-node Galera cluster
 * (or, with -Dcertdesk.cluster.database=single, one MariaDB server), two console nodes (the real
 * jar, as child processes) and HAProxy in front. A customer's DV journey runs in Chromium through
 * the balancer; then N applications approved for issuance are issued by both nodes at once, and
 * during that burst the console node that runs the scheduled jobs and one database node (the one
 * taking the writes; the only one, with a single server, which is then started again) are killed
 * with SIGKILL. The survivors must finish the burst, the other console node must take the jobs
 * over; the killed nodes are brought back and must rejoin. At the end: every
 * approved application issued exactly once (ExactlyOnceChecks, over both nodes' CA journals) and
 * every scheduled job run once per interval across both nodes (JobsOncePerInterval, from job_run).
 * Options: -Dcertdesk.cluster.database=galera|single -Dcertdesk.cluster.applications=300.
 */
@Tag("bench")
class ClusterHarnessTest {

    private static final Map<String, Duration> JOB_INTERVALS = Map.of(
            "lifecycle-sweep", Duration.ofSeconds(3), "domain-recheck", Duration.ofSeconds(5), "crl-publication", Duration.ofSeconds(4));

    private final String mode = System.getProperty("certdesk.cluster.database", "galera");
    private final int applications = Integer.getInteger("certdesk.cluster.applications", 300);

    @Test
    void twoConsoleNodesBehindHaproxyIssueExactlyOnceThroughTheDeathOfAConsoleAndADatabaseNode() throws Exception {
        Path directory = Path.of("target", "cluster-harness", mode + "-" + System.currentTimeMillis()).toAbsolutePath();
        Files.createDirectories(directory);
        say("%s database, %d applications, files in %s", mode, applications, directory);
        boolean galera = mode.equals("galera");
        GaleraCluster cluster = galera ? new GaleraCluster(directory, 3) : null;
        OwnMariaDbServer single = galera ? null : new OwnMariaDbServer(directory.resolve("mariadb"));
        HarnessDatabase database = galera ? cluster : single;
        Path masterSecret = directory.resolve("ca-master.key");
        Path jar = CrashHarnessTest.consoleJar();
        ConsoleProcess a = consoleNode(jar, directory, "node-a", masterSecret, database);
        ConsoleProcess b = consoleNode(jar, directory, "node-b", masterSecret, database);
        LoadBalancer balancer = new LoadBalancer(directory);
        try {
            Instant started = Instant.now();
            if (galera) {
                cluster.start();
            } else {
                single.install();
                single.start();
            }
            say("database up in %s", Duration.between(started, Instant.now()));

            // The first node alone on the empty database (schema, CA hierarchy, demo accounts), then the second.
            a.start();
            awaitStarted(a);
            b.start();
            awaitStarted(b);
            balancer.start(List.of(a, b));
            balancer.awaitServing(Duration.ofMinutes(1));
            Instant clusterUp = Instant.now();
            say("two console nodes behind HAProxy at %s", balancer.url());

            DvJourneyThroughTheBalancer.Journey journey = DvJourneyThroughTheBalancer.run(balancer.url(), directory);
            say("DV journey through the balancer: %s issued, served by node %s", journey.name(), journey.node());

            List<CertificateId> approved = ApprovedApplicationsSeeder.seed(database, masterSecret, applications, 1);
            say("%d applications approved for issuance", approved.size());
            awaitIssued(database, approved, Math.max(1, approved.size() / 10), Duration.ofMinutes(3));

            // The console node that runs the scheduled jobs dies: the other must take them over.
            boolean aRunsTheJobs = "node-a".equals(lastRunnerOf("lifecycle-sweep", database));
            ConsoleProcess victim = aRunsTheJobs ? a : b;
            String victimName = aRunsTheJobs ? "node-a" : "node-b";
            String survivorName = aRunsTheJobs ? "node-b" : "node-a";
            long atKill = CrashHarnessTest.issued(database, approved);
            Instant killedAt = Instant.now();
            if (galera) {
                cluster.node(1).kill();
            } else {
                single.kill();
            }
            victim.kill();
            say("killed console %s (it ran the jobs) and %s with SIGKILL at %d of %d issued", victimName,
                    galera ? "db1 (the writer)" : "the database server", atKill, approved.size());
            if (!galera) {
                single.start();
                say("database server started again");
            }

            Instant survivors = Instant.now();
            awaitIssued(database, approved, approved.size(), Duration.ofMinutes(10));
            say("the survivors issued the rest in %s", Duration.between(survivors, Instant.now()));

            if (galera) {
                cluster.node(1).start();
                cluster.awaitSynced(3, Duration.ofMinutes(3));
                say("db1 rejoined: 3 nodes synced");
            }
            Instant takenOver = awaitJobRunBy(database, survivorName, "lifecycle-sweep", killedAt, Duration.ofMinutes(2));
            say("%s took the jobs over %d ms after the kill", survivorName, Duration.between(killedAt, takenOver).toMillis());
            // The customer of the journey signs in again, on the node left, and loses nothing.
            String servedBy = DvJourneyThroughTheBalancer.signInAgainAndFind(balancer.url(), journey.name(), directory);
            assertThat(servedBy).as("the balancer sends the new session to the node left").isEqualTo(survivorName.substring("node-".length()));
            say("alice signed in again through the balancer on node %s: %s is there, Issued", servedBy, journey.name());
            victim.start();
            awaitStarted(victim);
            awaitReady(victim, Duration.ofMinutes(1));
            say("%s back and ready", victimName);
            Instant end = Instant.now();
            a.stop();
            b.stop();

            Path journal = directory.resolve("issuance-journal-all-nodes.txt");
            for (ConsoleProcess node : List.of(a, b)) {
                if (Files.exists(node.journal())) {
                    Files.write(journal, Files.readAllBytes(node.journal()), StandardOpenOption.CREATE, StandardOpenOption.APPEND);
                }
            }
            List<String> violations = new ArrayList<>();
            try (Connection db = database.connect()) {
                ExactlyOnceChecks issuance = ExactlyOnceChecks.run(db, approved, journal);
                issuance.counts.forEach((name, count) -> say("%-70s %d", name, count));
                violations.addAll(issuance.violations);
                JobsOncePerInterval jobs = JobsOncePerInterval.check(db, clusterUp, end, JOB_INTERVALS);
                jobs.summary.forEach((job, line) -> say("job %-16s %s", job, line));
                violations.addAll(jobs.violations);
            }
            violations.stream().limit(50).forEach(v -> say("VIOLATION %s", v));
            assertThat(violations).as("violations (first 50 printed above)").isEmpty();
        } finally {
            balancer.stop();
            a.stop();
            b.stop();
            if (galera) {
                cluster.stop();
            } else {
                single.stop();
            }
        }
    }

    private static ConsoleProcess consoleNode(Path jar, Path directory, String node, Path masterSecret, HarnessDatabase database)
            throws IOException {
        return new ConsoleProcess(jar, directory, node, masterSecret, database, OwnMariaDbServer.freePort(), List.of(
                "--certdesk.node-name=" + node, "--certdesk.demo-data=true",
                "--certdesk.scheduler.sweep-interval=PT3S", "--certdesk.scheduler.recheck-interval=PT5S",
                "--certdesk.ca.crl.republish-interval=PT4S", "--certdesk.ca.crl.republish-initial-delay=PT5S"));
    }

    private static void awaitStarted(ConsoleProcess console) throws IOException, InterruptedException {
        if (!console.awaitStarted(Duration.ofMinutes(5))) {
            throw new IllegalStateException("A console node did not start; see " + console.log());
        }
    }

    private static void awaitIssued(HarnessDatabase database, List<CertificateId> approved, long atLeast, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        long issued = -1;
        while (Instant.now().isBefore(deadline)) {
            try {
                issued = CrashHarnessTest.issued(database, approved);
                if (issued >= atLeast) {
                    return;
                }
            } catch (SQLException failingOver) {
                // the writer just died: the next node answers in a moment
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(issued + " of " + approved.size() + " issued after " + timeout + ", expected " + atLeast);
    }

    private static String lastRunnerOf(String job, HarnessDatabase database) throws SQLException {
        try (Connection db = database.connect();
             var query = db.prepareStatement("SELECT node FROM job_run WHERE job = ? ORDER BY started_at DESC LIMIT 1")) {
            query.setString(1, job);
            try (var rs = query.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    /** When the node first ran the job after the instant, from job_run; fails after the timeout. */
    private static Instant awaitJobRunBy(HarnessDatabase database, String node, String job, Instant after, Duration timeout)
            throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            try (Connection db = database.connect();
                 var query = db.prepareStatement("SELECT MIN(started_at) FROM job_run WHERE job = ? AND node = ? AND started_at > ?")) {
                query.setString(1, job);
                query.setString(2, node);
                query.setTimestamp(3, java.sql.Timestamp.from(after));
                try (var rs = query.executeQuery()) {
                    if (rs.next() && rs.getTimestamp(1) != null) {
                        return rs.getTimestamp(1).toInstant();
                    }
                }
            } catch (SQLException failingOver) {
                // the writer just died: the next node answers in a moment
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(node + " did not run " + job + " within " + timeout + " after the other node died");
    }

    /** Until the node's readiness endpoint, the one HAProxy asks, answers 200. */
    private static void awaitReady(ConsoleProcess console, Duration timeout) throws IOException, InterruptedException {
        HttpClient http = HttpClient.newHttpClient();
        Instant deadline = Instant.now().plus(timeout);
        int status = -1;
        while (Instant.now().isBefore(deadline)) {
            status = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + console.port() + "/actuator/health/readiness")).build(),
                    HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 200) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("The node's readiness answered " + status + " for " + timeout + "; see " + console.log());
    }

    private static void say(String format, Object... args) {
        System.out.printf("cluster harness: " + format + "%n", args);
    }
}
