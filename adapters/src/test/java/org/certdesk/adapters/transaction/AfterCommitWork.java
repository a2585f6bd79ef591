package org.certdesk.adapters.transaction;

import static org.awaitility.Awaitility.await;

import java.time.Duration;

import org.springframework.context.ApplicationContext;

/**
 * For tests: mail leaves on the after-commit threads, so a test that reads what was mailed, or
 * that nothing was, first waits for every side effect committed so far to have run.
 */
public final class AfterCommitWork {

    private AfterCommitWork() {
    }

    public static void awaitDone(ApplicationContext context) {
        AfterCommitThreads threads = context.getBean(AfterCommitThreads.class);
        await().atMost(Duration.ofSeconds(30)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(10))
                .until(() -> threads.pending() == 0);
    }
}
