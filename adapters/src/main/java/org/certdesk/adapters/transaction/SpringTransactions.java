package org.certdesk.adapters.transaction;

import java.sql.SQLException;
import java.util.function.Supplier;

import org.certdesk.application.port.Transactions;
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

    SpringTransactions(PlatformTransactionManager transactionManager) {
        this.template = new TransactionTemplate(transactionManager);
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

    @Override
    public void afterCommit(Runnable sideEffect) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            runQuietly(sideEffect);
            return;
        }
        // Registered on the outermost transaction (inner ones join it), so it waits for the real commit.
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                runQuietly(sideEffect);
            }
        });
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
