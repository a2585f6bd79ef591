package org.certdesk.application.port;

import java.util.function.Supplier;

import org.certdesk.domain.certificate.CertificateId;

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
     * is held while the third party answers. It runs in the background: the caller gets its answer
     * without waiting for the third party. Side effects about one certificate run one after the
     * other in the order they were committed (and registered); outside a transaction it is queued
     * at once. At most once: a crash
     * between the commit and the call loses it (docs/architecture.md, "Side effects after
     * commit"). A failure of the side effect is logged, never thrown into the committed caller.
     * It may read the database (what is committed) but must not rely on the caller's thread.
     */
    void afterCommit(CertificateId about, Runnable sideEffect);
}
