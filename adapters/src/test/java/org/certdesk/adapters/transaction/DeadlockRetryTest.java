package org.certdesk.adapters.transaction;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.application.port.Transactions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Two transactions that lock two rows in opposite order deadlock in MariaDB for real; the one
 * the database rolls back runs again and both changes are committed, as two customers submitting
 * at the same moment expect.
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
class DeadlockRetryTest {

    @Autowired
    Transactions transactions;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void twoRows() {
        jdbc.sql("CREATE TABLE IF NOT EXISTS deadlock_probe (id INT PRIMARY KEY, n INT NOT NULL) ENGINE=InnoDB").update();
        jdbc.sql("REPLACE INTO deadlock_probe VALUES (1, 0), (2, 0)").update();
    }

    @Test
    void theDeadlockVictimRunsAgainAndBothCommit() throws Exception {
        CountDownLatch bothHoldTheirFirstRow = new CountDownLatch(2);
        AtomicInteger attempts = new AtomicInteger();

        // Two threads of their own: the common pool has one thread on a 2-core machine.
        try (ExecutorService two = Executors.newFixedThreadPool(2)) {
            CompletableFuture<Integer> oneThenTwo = CompletableFuture.supplyAsync(() -> lockInOrder(1, 2, bothHoldTheirFirstRow, attempts), two);
            CompletableFuture<Integer> twoThenOne = CompletableFuture.supplyAsync(() -> lockInOrder(2, 1, bothHoldTheirFirstRow, attempts), two);

            assertThat(List.of(oneThenTwo.get(60, TimeUnit.SECONDS), twoThenOne.get(60, TimeUnit.SECONDS))).containsOnly(1);
        }
        assertThat(attempts).as("one of them was the victim and ran again").hasValue(3);
        assertThat(jdbc.sql("SELECT SUM(n) FROM deadlock_probe").query(Integer.class).single()).as("both increments of both rows").isEqualTo(4);
    }

    private int lockInOrder(int first, int second, CountDownLatch bothHoldTheirFirstRow, AtomicInteger attempts) {
        return transactions.inTransaction(() -> {
            attempts.incrementAndGet();
            jdbc.sql("UPDATE deadlock_probe SET n = n + 1 WHERE id = :id").param("id", first).update();
            bothHoldTheirFirstRow.countDown();
            try {
                bothHoldTheirFirstRow.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            jdbc.sql("UPDATE deadlock_probe SET n = n + 1 WHERE id = :id").param("id", second).update();
            return 1;
        });
    }
}
