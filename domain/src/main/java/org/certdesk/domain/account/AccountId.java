package org.certdesk.domain.account;

public record AccountId(long value) {

    public AccountId {
        if (value <= 0) {
            throw new IllegalArgumentException("An account id is positive, got " + value);
        }
    }
}
