package org.certdesk.adapters.transaction;

import java.util.function.Supplier;

import org.certdesk.application.port.Transactions;
import org.certdesk.domain.shared.ConcurrentChangeException;
import org.springframework.dao.PessimisticLockingFailureException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Runs a use case's work in one database transaction: all of it is written, or none. When two
 * transactions collide on the same rows and the database picks this one as the deadlock victim
 * (or a lock wait times out), the database has rolled it back; the person sees the same readable
 * conflict as for a stale version.
 */
@Component
class SpringTransactions implements Transactions {

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
}
