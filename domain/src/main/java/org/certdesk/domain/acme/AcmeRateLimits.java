package org.certdesk.domain.acme;

import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;

/**
 * How much ACME clients may ask for per hour: new orders and failed validations per account
 * (the Let's Encrypt limits' two kinds), and new orders per tenant across all its accounts.
 * Zero or less means no limit.
 */
public record AcmeRateLimits(int ordersPerHour, int failedValidationsPerHour, int tenantOrdersPerHour) {

    public static final int DEFAULT_TENANT_ORDERS_PER_HOUR = 3000;
    public static final AcmeRateLimits DEFAULT = new AcmeRateLimits(300, 60, DEFAULT_TENANT_ORDERS_PER_HOUR);

    public AcmeRateLimits {
        if (ordersPerHour > 100_000 || failedValidationsPerHour > 100_000 || tenantOrdersPerHour > 100_000) {
            throw new DomainException(Refusal.of("acme.rateLimitTooHigh", "100000"));
        }
    }
}
