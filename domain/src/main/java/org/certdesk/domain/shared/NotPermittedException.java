package org.certdesk.domain.shared;

/** The actor's role does not allow the action. */
public class NotPermittedException extends DomainException {

    public NotPermittedException(Refusal refusal) {
        super(refusal);
    }
}
