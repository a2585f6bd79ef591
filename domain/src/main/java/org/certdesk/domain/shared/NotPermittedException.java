package org.certdesk.domain.shared;

/** The actor's role does not allow the action. */
public class NotPermittedException extends DomainException {

    public NotPermittedException(String userMessage) {
        super(userMessage);
    }
}
