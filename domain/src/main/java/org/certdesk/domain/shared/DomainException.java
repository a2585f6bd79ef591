package org.certdesk.domain.shared;

/**
 * A rule of the domain refused an action. The message is written for the person who tried it
 * and is shown to them as it is ("An issued certificate cannot be cancelled.").
 */
public class DomainException extends RuntimeException {

    public DomainException(String userMessage) {
        super(userMessage);
    }
}
