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
}
