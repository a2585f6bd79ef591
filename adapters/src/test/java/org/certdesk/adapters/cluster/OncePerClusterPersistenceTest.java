package org.certdesk.adapters.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import javax.sql.DataSource;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.certdesk.adapters.AdaptersTestApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two console nodes on one MariaDB: a scheduled job runs on one of them per interval. */
@SpringBootTest(classes = AdaptersTestApplication.class)
class OncePerClusterPersistenceTest {

    @Autowired
    DataSource dataSource;

    private final SimpleMeterRegistry metersA = new SimpleMeterRegistry();
    private final SimpleMeterRegistry metersB = new SimpleMeterRegistry();
    private final String job = "test-" + UUID.randomUUID();
    private final AtomicInteger runs = new AtomicInteger();
    private final ExecutorService threads = Executors.newFixedThreadPool(8);

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private ShedLockOncePerCluster node(SimpleMeterRegistry meters) {
        return new ShedLockOncePerCluster(ShedLockOncePerCluster.lockRows(dataSource), meters,
                new JobRunLog(new JdbcTemplate(dataSource), meters == metersA ? "node-a" : "node-b"));
    }

    private List<String> recordedRuns() {
        return new JdbcTemplate(dataSource).queryForList(
                "SELECT CONCAT(node, ' ', outcome) FROM job_run WHERE job = ? ORDER BY started_at", String.class, job);
    }

    @Test
    void theSecondNodeSkipsAJobTheFirstRanInTheSameInterval() {
        ShedLockOncePerCluster nodeA = node(metersA);
        ShedLockOncePerCluster nodeB = node(metersB);

        assertThat(nodeA.run(job, Duration.ofMinutes(1), runs::incrementAndGet)).isTrue();
        assertThat(nodeB.run(job, Duration.ofMinutes(1), runs::incrementAndGet)).isFalse();

        assertThat(runs).hasValue(1);
        assertThat(metersA.counter("certdesk.jobs", "job", job, "outcome", "ran").count()).isEqualTo(1);
        assertThat(metersB.counter("certdesk.jobs", "job", job, "outcome", "skipped").count()).isEqualTo(1);
        assertThat(recordedRuns()).containsExactly("node-a ran");
    }

    @Test
    void eightSchedulersFiringAtOnceOnTwoNodesRunTheJobOnce() throws Exception {
        List<ShedLockOncePerCluster> nodes = List.of(node(metersA), node(metersB));
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> ran = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            ShedLockOncePerCluster node = nodes.get(i % 2);
            ran.add(threads.submit(() -> {
                start.await();
                return node.run(job, Duration.ofMinutes(1), runs::incrementAndGet);
            }));
        }
        start.countDown();

        int ranHere = 0;
        for (Future<Boolean> one : ran) {
            ranHere += one.get() ? 1 : 0;
        }
        assertThat(ranHere).isEqualTo(1);
        assertThat(runs).hasValue(1);
        assertThat(recordedRuns()).hasSize(1);
    }

    @Test
    void aFailedRunIsCountedAndStillHoldsItsIntervalSoNodesDoNotRetryInAStorm() {
        ShedLockOncePerCluster nodeA = node(metersA);
        ShedLockOncePerCluster nodeB = node(metersB);

        assertThat(nodeA.run(job, Duration.ofMinutes(1), () -> {
            throw new IllegalStateException("mail server unreachable");
        })).isTrue();

        assertThat(metersA.counter("certdesk.jobs", "job", job, "outcome", "failed").count()).isEqualTo(1);
        assertThat(nodeB.run(job, Duration.ofMinutes(1), runs::incrementAndGet)).isFalse();
        assertThat(recordedRuns()).containsExactly("node-a failed");
    }

    @Test
    void theNextIntervalRunsAgainOnWhicheverNodeComesFirst() throws Exception {
        ShedLockOncePerCluster nodeA = node(metersA);
        ShedLockOncePerCluster nodeB = node(metersB);
        Duration interval = Duration.ofMillis(300);

        assertThat(nodeA.run(job, interval, runs::incrementAndGet)).isTrue();
        Thread.sleep(interval.toMillis() * 2);
        assertThat(nodeB.run(job, interval, runs::incrementAndGet)).isTrue();

        assertThat(runs).hasValue(2);
        assertThat(recordedRuns()).containsExactly("node-a ran", "node-b ran");
    }

    @Test
    void aNodeThatDiedWhileRunningBlocksTheJobForAboutOneIntervalAndNeverLessThanHalfAMinute() {
        assertThat(ShedLockOncePerCluster.atMostFor(Duration.ofSeconds(3))).isEqualTo(Duration.ofSeconds(30));
        assertThat(ShedLockOncePerCluster.atMostFor(Duration.ofMinutes(2))).isEqualTo(Duration.ofSeconds(108));
        assertThat(ShedLockOncePerCluster.atMostFor(Duration.ofHours(1))).isEqualTo(Duration.ofMinutes(54));
    }
}
