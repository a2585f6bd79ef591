package org.certdesk.domain.acme;

public record AcmeAccountId(long value) {

    public AcmeAccountId {
        if (value <= 0) {
            throw new IllegalArgumentException("An ACME account id is positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
