package org.certdesk.adapters.transaction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import io.micrometer.core.instrument.MeterRegistry;
import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.application.port.Transactions;
import org.certdesk.domain.certificate.CertificateId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;

/**
 * Side effects after commit (mail) run on the after-commit threads: the committing caller does
 * not wait for them, one transaction's run in order, a rolled back one's never, and what is
 * queued at shutdown still runs.
 */
@SpringBootTest(classes = AdaptersTestApplication.class)
class AfterCommitInBackgroundTest {

    @Autowired
    Transactions transactions;
    @Autowired
    ApplicationContext context;

    static final CertificateId CERTIFICATE = new CertificateId(14);

    final List<String> ran = new CopyOnWriteArrayList<>();

    @Test
    void theCallerGetsItsAnswerWhileTheSideEffectIsStillWaitingOnItsThirdParty() throws Exception {
        CountDownLatch mailServerAnswers = new CountDownLatch(1);
        CountDownLatch sent = new CountDownLatch(1);

        String answer = transactions.inTransaction(() -> {
            transactions.afterCommit(CERTIFICATE, () -> {
                await(mailServerAnswers);
                ran.add(Thread.currentThread().getName());
                sent.countDown();
            });
            return "committed";
        });

        assertThat(answer).isEqualTo("committed");
        assertThat(ran).as("not run on the caller's thread, which has its answer already").isEmpty();
        mailServerAnswers.countDown();
        assertThat(sent.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(ran).singleElement().asString().startsWith("after-commit-");
    }

    @Test
    void sideEffectsAboutOneCertificateRunInTheOrderTheyWereCommittedAndAFailureStopsNoneOfThem() {
        transactions.inTransaction(() -> {
            transactions.afterCommit(CERTIFICATE, () -> {
                sleep(300);
                ran.add("received");
            });
            transactions.afterCommit(CERTIFICATE, () -> {
                throw new IllegalStateException("mail server refused");
            });
            transactions.inTransaction(() -> transactions.afterCommit(CERTIFICATE, () -> ran.add("instructions")));
            assertThat(ran).as("nothing before the commit").isEmpty();
        });
        // Committed while the first mail still waits on the mail server: it must not overtake it.
        transactions.inTransaction(() -> transactions.afterCommit(CERTIFICATE, () -> ran.add("issued")));

        AfterCommitWork.awaitDone(context);
        assertThat(ran).containsExactly("received", "instructions", "issued");
    }

    @Test
    void aRolledBackTransactionsSideEffectsNeverRun() {
        assertThatThrownBy(() -> transactions.inTransaction(() -> {
            transactions.afterCommit(CERTIFICATE, () -> ran.add("told of a change that did not happen"));
            throw new IllegalStateException("a later step failed");
        })).hasMessage("a later step failed");
        transactions.inTransaction(() -> transactions.afterCommit(CERTIFICATE, () -> ran.add("the next transaction's")));

        AfterCommitWork.awaitDone(context);
        assertThat(ran).containsExactly("the next transaction's");
    }

    @Test
    void whatIsQueuedAtShutdownIsStillSentAndLaterWorkRunsOnTheCallersThread() {
        AfterCommitThreads threads = new AfterCommitThreads(new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class));
        CountDownLatch slowMailServer = new CountDownLatch(1);
        for (int i = 0; i < 20; i++) {
            int mail = i;
            threads.execute(CERTIFICATE, () -> {
                await(slowMailServer);
                ran.add("mail " + mail);
            });
        }
        assertThat(threads.pending()).isEqualTo(20);

        // The mail server answers only after stop was called: stop has to wait for it.
        CompletableFuture.runAsync(slowMailServer::countDown, CompletableFuture.delayedExecutor(300, TimeUnit.MILLISECONDS));
        threads.stop();

        assertThat(ran).as("stop waited for every queued mail").hasSize(20);
        assertThat(threads.isRunning()).isFalse();
        threads.execute(CERTIFICATE, () -> ran.add(Thread.currentThread().getName()));
        assertThat(ran).last().isEqualTo(Thread.currentThread().getName());
        assertThat(threads.pending()).isZero();
    }

    @Test
    void aStoppedContextStartedAgainSendsInTheBackgroundAgain() throws Exception {
        AfterCommitThreads threads = new AfterCommitThreads(new StaticListableBeanFactory().getBeanProvider(MeterRegistry.class));
        threads.stop();
        threads.start();

        CompletableFuture<String> thread = new CompletableFuture<>();
        threads.execute(CERTIFICATE, () -> thread.complete(Thread.currentThread().getName()));

        assertThat(threads.isRunning()).isTrue();
        assertThat(thread.get(10, TimeUnit.SECONDS)).startsWith("after-commit-");
        threads.stop();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
