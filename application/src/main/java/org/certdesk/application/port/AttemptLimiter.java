package org.certdesk.application.port;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Port: counts failed attempts per key (an account, a client address, ...) and says how long a key
 * must wait before it may try again. The counting is a rate limiter's job (token buckets in the
 * adapter); what is counted, and what a wait means, is the application's policy.
 */
public interface AttemptLimiter {

    /**
     * One tier of a key's limit: {@code attempts} failures may come at once, after that one more
     * every {@code spacing}. Several tiers make the delays grow; a last tier with a long spacing
     * is a lockout.
     */
    record Tier(int attempts, Duration spacing) {

        public Tier {
            if (attempts < 1 || spacing.isNegative() || spacing.isZero()) {
                throw new IllegalArgumentException("A tier allows at least one attempt and refills after some time: " + attempts + ", " + spacing);
            }
        }
    }

    /** How long the key must wait before its next attempt; zero when it may try now. */
    Duration waitBefore(String key);

    /** Counts one failure against the key under the tiers (used when the key is first seen); returns its wait now. */
    Duration recordFailure(String key, List<Tier> tiers);

    /** Forgets the key's failures (a successful attempt, or the admin clearing a lock). */
    void forget(String key);

    /** Every key that must wait now, with its wait. */
    Map<String, Duration> waiting();
}
