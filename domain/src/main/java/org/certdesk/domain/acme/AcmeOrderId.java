package org.certdesk.domain.acme;

public record AcmeOrderId(long value) {

    public AcmeOrderId {
        if (value <= 0) {
            throw new IllegalArgumentException("An order id is positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
