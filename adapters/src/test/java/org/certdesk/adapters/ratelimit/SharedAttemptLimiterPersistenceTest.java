package org.certdesk.adapters.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.application.port.AttemptLimiter.Tier;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** Two console nodes on one MariaDB: each counts the other's failed attempts, and the admin sees and clears a lock on either. */
@SpringBootTest(classes = AdaptersTestApplication.class)
class SharedAttemptLimiterPersistenceTest {

    private static final List<Tier> THREE_THEN_LOCKED = List.of(new Tier(3, Duration.ofMinutes(15)));
    private static final String ALICE = "ACCOUNT_AT_ADDRESS|alice@203.0.113.5";

    @Autowired
    DataSource dataSource;

    private final Clock clock = Clock.fixed(Instant.parse("2026-12-01T10:00:00Z"), ZoneOffset.UTC);
    private Bucket4jAttemptLimiter nodeA;
    private Bucket4jAttemptLimiter nodeB;

    @BeforeEach
    void twoNodesWithNoCounts() {
        jdbc().update("DELETE FROM attempt_bucket");
        nodeA = new Bucket4jAttemptLimiter(dataSource, clock);
        nodeB = new Bucket4jAttemptLimiter(dataSource, clock);
    }

    private JdbcTemplate jdbc() {
        return new JdbcTemplate(dataSource);
    }

    @Test
    void failuresOnOneNodeMakeTheOtherWait() {
        assertThat(nodeA.recordFailure(ALICE, THREE_THEN_LOCKED)).isZero();
        assertThat(nodeB.recordFailure(ALICE, THREE_THEN_LOCKED)).isZero();
        assertThat(nodeB.waitBefore(ALICE)).isZero();

        assertThat(nodeA.recordFailure(ALICE, THREE_THEN_LOCKED)).isEqualTo(Duration.ofMinutes(15));

        assertThat(nodeB.waitBefore(ALICE)).isEqualTo(Duration.ofMinutes(15));
        assertThat(nodeB.waitBefore("ACCOUNT_AT_ADDRESS|bob@203.0.113.5")).isZero();
    }

    @Test
    void forgettingOnOneNodeClearsTheKeyForBoth() {
        lockAliceOn(nodeA);

        nodeB.forget(ALICE);

        assertThat(nodeA.waitBefore(ALICE)).isZero();
        assertThat(nodeB.waitBefore(ALICE)).isZero();
        assertThat(nodeA.waiting()).isEmpty();
        // Forgiven completely: three more failures are allowed before the next lock.
        assertThat(nodeA.recordFailure(ALICE, THREE_THEN_LOCKED)).isZero();
    }

    @Test
    void eitherNodeListsTheLockAndNotTheKeysThatMayTryNow() {
        lockAliceOn(nodeA);
        nodeA.recordFailure("ADDRESS|198.51.100.7", THREE_THEN_LOCKED);

        assertThat(nodeA.waiting()).containsOnlyKeys(ALICE).containsEntry(ALICE, Duration.ofMinutes(15));
        assertThat(nodeB.waiting()).containsOnlyKeys(ALICE).containsEntry(ALICE, Duration.ofMinutes(15));
    }

    @Test
    void failuresComingAtOnceOnBothNodesAreAllCounted() throws Exception {
        List<Tier> tenThenLocked = List.of(new Tier(10, Duration.ofMinutes(15)));
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Duration>> waits = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                Bucket4jAttemptLimiter node = i % 2 == 0 ? nodeA : nodeB;
                waits.add(threads.submit(() -> {
                    start.await();
                    return node.recordFailure(ALICE, tenThenLocked);
                }));
            }
            start.countDown();
            for (Future<Duration> wait : waits) {
                wait.get();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(nodeA.waitBefore(ALICE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void aKeyLongerThanTheColumnIsShortenedYetStaysDistinct() {
        String longName = "ACCOUNT|" + "a".repeat(5_000);
        String otherLongName = longName + "b";

        lockAliceOn(nodeA, longName);

        assertThat(nodeB.waitBefore(longName)).isEqualTo(Duration.ofMinutes(15));
        assertThat(nodeB.waitBefore(otherLongName)).isZero();
        String listed = nodeB.waiting().keySet().iterator().next();
        assertThat(listed).hasSizeLessThanOrEqualTo(Bucket4jAttemptLimiter.MAX_KEY_LENGTH).startsWith("ACCOUNT|aaa");
        nodeB.forget(listed);
        assertThat(nodeA.waitBefore(longName)).isZero();
    }

    @Test
    void bucketsThatRefilledCompletelyAreRemoved() {
        // Written with an expiry in the past (Bucket4j compares with the wall clock), as if long refilled.
        jdbc().update("INSERT INTO attempt_bucket (id, state, expires_at) VALUES ('ADDRESS|192.0.2.1', x'00', ?)",
                System.currentTimeMillis() - 1_000);

        nodeA.recordFailure(ALICE, THREE_THEN_LOCKED);

        assertThat(jdbc().queryForList("SELECT id FROM attempt_bucket", String.class)).containsExactly(ALICE);
    }

    private void lockAliceOn(Bucket4jAttemptLimiter node) {
        lockAliceOn(node, ALICE);
    }

    private void lockAliceOn(Bucket4jAttemptLimiter node, String key) {
        for (int i = 0; i < 3; i++) {
            node.recordFailure(key, THREE_THEN_LOCKED);
        }
    }
}
