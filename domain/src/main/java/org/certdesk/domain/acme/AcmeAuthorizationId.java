package org.certdesk.domain.acme;

public record AcmeAuthorizationId(long value) {

    public AcmeAuthorizationId {
        if (value <= 0) {
            throw new IllegalArgumentException("An authorization id is positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
