package org.certdesk.adapters.transaction;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.certdesk.application.port.Transactions;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.shared.ConcurrentChangeException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a use case's work in one database transaction: all of it is written, or none. When two
 * transactions collide on the same rows and the database picks this one as the deadlock victim,
 * the database has rolled all of it back, so the work runs again (up to {@value #ATTEMPTS} times
 * in all): it holds no I/O to third parties (that waits for the commit) and loads what it changes
 * afresh, so a second run is safe. Only the outermost transaction retries; an inner one is part
 * of it. A lock wait that times out, or a deadlock that persists, gives the person the same
 * readable conflict as a stale version.
 */
@Component
class SpringTransactions implements Transactions {

    private static final Logger log = LoggerFactory.getLogger(SpringTransactions.class);
    static final int ATTEMPTS = 3;
    /** MariaDB's ER_LOCK_DEADLOCK: the transaction was chosen as the victim and rolled back. */
    private static final int DEADLOCK = 1213;

    private final TransactionTemplate template;
    private final AfterCommitThreads afterCommitThreads;

    SpringTransactions(PlatformTransactionManager transactionManager, AfterCommitThreads afterCommitThreads) {
        this.template = new TransactionTemplate(transactionManager);
        this.afterCommitThreads = afterCommitThreads;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        boolean outermost = !TransactionSynchronizationManager.isActualTransactionActive();
        for (int attempt = 1; ; attempt++) {
            try {
                return template.execute(status -> work.get());
            } catch (PessimisticLockingFailureException collided) {
                if (outermost && attempt < ATTEMPTS && isDeadlock(collided)) {
                    log.info("Deadlock victim, running the transaction again (attempt {} of {})", attempt + 1, ATTEMPTS);
                    continue;
                }
                log.warn("Transaction refused as a concurrent change after {} attempt(s)", attempt, collided);
                throw new ConcurrentChangeException();
            }
        }
    }

    private static boolean isDeadlock(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && sql.getErrorCode() == DEADLOCK) {
                return true;
            }
        }
        return false;
    }

    /**
     * The side effects of one transaction leave once the outermost transaction has committed, on
     * the after-commit threads, the caller not waiting for them; those about one certificate run
     * in the order they were registered, and after those of earlier commits about it.
     */
    @Override
    public void afterCommit(CertificateId about, Runnable sideEffect) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            afterCommitThreads.execute(about, () -> runQuietly(sideEffect));
            return;
        }
        @SuppressWarnings("unchecked")
        Map<CertificateId, List<Runnable>> pending = (Map<CertificateId, List<Runnable>>) TransactionSynchronizationManager.getResource(this);
        if (pending == null) {
            pending = new LinkedHashMap<>();
            // Registered on the outermost transaction (inner ones join it), so it waits for the real commit.
            TransactionSynchronizationManager.registerSynchronization(new AfterCommitBatch(pending));
            TransactionSynchronizationManager.bindResource(this, pending);
        }
        pending.computeIfAbsent(about, certificate -> new ArrayList<>()).add(sideEffect);
    }

    /** The side effects registered in one transaction, per certificate, bound to it while it runs. */
    private final class AfterCommitBatch implements TransactionSynchronization {
        private final Map<CertificateId, List<Runnable>> sideEffects;

        AfterCommitBatch(Map<CertificateId, List<Runnable>> sideEffects) {
            this.sideEffects = sideEffects;
        }

        @Override
        public void suspend() {
            TransactionSynchronizationManager.unbindResource(SpringTransactions.this);
        }

        @Override
        public void resume() {
            TransactionSynchronizationManager.bindResource(SpringTransactions.this, sideEffects);
        }

        @Override
        public void afterCompletion(int status) {
            TransactionSynchronizationManager.unbindResourceIfPossible(SpringTransactions.this);
            if (status == STATUS_COMMITTED) {
                sideEffects.forEach((certificate, inOrder) -> {
                    List<Runnable> committed = List.copyOf(inOrder);
                    afterCommitThreads.execute(certificate, () -> committed.forEach(SpringTransactions::runQuietly));
                });
            }
        }
    }

    /** The change is committed by now: a failing side effect must not make it look failed, nor stop the next one. */
    private static void runQuietly(Runnable sideEffect) {
        try {
            sideEffect.run();
        } catch (RuntimeException e) {
            log.warn("A side effect after commit failed; the committed change stands", e);
        }
    }
}
