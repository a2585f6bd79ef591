package org.certdesk.domain.shared;

/**
 * Someone else changed the same record between our read and our write (optimistic locking);
 * nothing of ours was written.
 */
public class ConcurrentChangeException extends DomainException {

    public static final String MESSAGE = "Someone else changed this certificate at the same moment; nothing was saved. Reload it and try again.";

    public ConcurrentChangeException() {
        super(Refusal.of("concurrentChange"));
    }
}
