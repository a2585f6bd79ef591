package org.certdesk.adapters.persistence.acme;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.certdesk.adapters.AdaptersTestApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Issue 17: the nonce ledger two console nodes share on MariaDB. */
@SpringBootTest(classes = AdaptersTestApplication.class)
class AcmeNonceLedgerPersistenceTest {

    @Autowired
    JdbcClient jdbc;

    private JdbcAcmeNonceLedger node() {
        return new JdbcAcmeNonceLedger(jdbc);
    }

    @Test
    void everyNodeGetsTheKeyTheFirstOneMade() {
        byte[] first = node().signingKey();

        assertThat(first).hasSize(32);
        assertThat(node().signingKey()).isEqualTo(first);
    }

    @Test
    void aNonceIsUsedOnceEvenWhenEightRequestsCarryItAtTheSameMoment() throws Exception {
        String nonce = "n-" + UUID.randomUUID();
        Instant expires = Instant.now().plusSeconds(3600);
        ExecutorService threads = Executors.newFixedThreadPool(8);
        try {
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> attempts = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                JdbcAcmeNonceLedger node = node();
                attempts.add(threads.submit(() -> {
                    start.await();
                    return node.firstUse(nonce, expires);
                }));
            }
            start.countDown();
            int accepted = 0;
            for (Future<Boolean> attempt : attempts) {
                accepted += attempt.get() ? 1 : 0;
            }
            assertThat(accepted).isEqualTo(1);
        } finally {
            threads.shutdownNow();
        }
    }

    @Test
    void onlyExpiredNoncesAreForgotten() {
        Instant now = Instant.parse("2031-01-01T00:00:00Z");
        String expired = "n-" + UUID.randomUUID();
        String live = "n-" + UUID.randomUUID();
        node().firstUse(expired, now.minusSeconds(1));
        node().firstUse(live, now.plusSeconds(60));

        assertThat(node().forgetExpired(now)).isGreaterThanOrEqualTo(1);

        assertThat(node().firstUse(expired, now.plusSeconds(60))).as("forgotten, so a second insert succeeds").isTrue();
        assertThat(node().firstUse(live, now.plusSeconds(60))).as("still remembered").isFalse();
    }
}
