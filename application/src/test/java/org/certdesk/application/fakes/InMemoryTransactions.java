package org.certdesk.application.fakes;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.application.port.Transactions;

/**
 * Transactions for use-case tests without a database: the in-memory stores enlist their writes,
 * which become visible on commit and are dropped when the work throws; side effects wait for the
 * commit of the outermost transaction, as with Spring.
 */
public final class InMemoryTransactions implements Transactions {

    /** A store's writes of the current transaction. */
    public interface Participant {
        void commit();

        void rollback();
    }

    private final List<Participant> participants = new ArrayList<>();
    private final List<Runnable> afterCommit = new ArrayList<>();
    private int depth;

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        depth++;
        boolean outermost = depth == 1;
        try {
            T result = work.get();
            if (outermost) {
                participants.forEach(Participant::commit);
                participants.clear();
                List<Runnable> effects = List.copyOf(afterCommit);
                afterCommit.clear();
                depth--;
                effects.forEach(Runnable::run);
                return result;
            }
            depth--;
            return result;
        } catch (RuntimeException failure) {
            depth--;
            if (outermost) {
                participants.forEach(Participant::rollback);
                participants.clear();
                afterCommit.clear();
            }
            throw failure;
        }
    }

    @Override
    public void afterCommit(CertificateId about, Runnable sideEffect) {
        if (depth == 0) {
            sideEffect.run();
        } else {
            afterCommit.add(sideEffect);
        }
    }

    boolean active() {
        return depth > 0;
    }

    void enlist(Participant participant) {
        if (!participants.contains(participant)) {
            participants.add(participant);
        }
    }
}
