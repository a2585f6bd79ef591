package org.certdesk.domain.account;

import java.util.Objects;

/** The organization account a customer belongs to; every customer-owned record carries one. */
public record TenantId(long value) {

    public TenantId {
        if (value <= 0) {
            throw new IllegalArgumentException("A tenant id is positive, got " + value);
        }
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }

    public static TenantId of(long value) {
        return new TenantId(value);
    }

    public boolean sameAs(TenantId other) {
        return Objects.equals(this, other);
    }
}
