package org.certdesk.application.port;

import java.util.function.Supplier;

/**
 * Port: the transaction boundary of a use case. Use cases stay free of Spring
 * (docs/architecture.md); the adapter runs the work in a database transaction.
 */
public interface Transactions {

    <T> T inTransaction(Supplier<T> work);

    default void inTransaction(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }

    /**
     * Runs a side effect on a third party (a mail) once the current transaction has committed,
     * never if it rolls back, so nobody is told of a change that did not happen and no row lock
     * is held while the third party answers. Outside a transaction it runs at once. At most once:
     * a crash between the commit and the call loses it (docs/architecture.md, "Side effects after
     * commit"). A failure of the side effect is logged, never thrown into the committed caller.
     * It may read but must not write to the database: with Spring it still runs on the finished
     * transaction's connection, and a write there would never be committed.
     */
    void afterCommit(Runnable sideEffect);
}
