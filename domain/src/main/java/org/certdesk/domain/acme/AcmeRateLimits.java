package org.certdesk.domain.acme;

import org.certdesk.domain.shared.DomainException;

/**
 * How much one ACME account may ask for per hour: new orders, and failed validations (the
 * Let's Encrypt limits' two kinds, per account). Zero or less means no limit.
 */
public record AcmeRateLimits(int ordersPerHour, int failedValidationsPerHour) {

    public static final AcmeRateLimits DEFAULT = new AcmeRateLimits(300, 60);

    public AcmeRateLimits {
        if (ordersPerHour > 100_000 || failedValidationsPerHour > 100_000) {
            throw new DomainException("A rate limit is at most 100000 per hour.");
        }
    }
}
