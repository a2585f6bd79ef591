package org.certdesk.adapters.transaction;

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
 * transactions collide on the same rows and the database picks this one as the deadlock victim
 * (or a lock wait times out), the database has rolled it back; the person sees the same readable
 * conflict as for a stale version.
 */
@Component
class SpringTransactions implements Transactions {

    private static final Logger log = LoggerFactory.getLogger(SpringTransactions.class);

    private final TransactionTemplate template;

    SpringTransactions(PlatformTransactionManager transactionManager) {
        this.template = new TransactionTemplate(transactionManager);
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        try {
            return template.execute(status -> work.get());
        } catch (PessimisticLockingFailureException collided) {
            throw new ConcurrentChangeException();
        }
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
