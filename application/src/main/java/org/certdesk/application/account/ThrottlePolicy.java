package org.certdesk.application.account;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.certdesk.application.port.AttemptLimiter.Tier;

/**
 * How many failures each scope allows and how the delays grow; a wait of at least
 * {@code lockoutFrom} is a lock: audited and shown to the admin. Shorter waits are a slow-down.
 */
public record ThrottlePolicy(Map<ThrottleScope, List<Tier>> tiers, Duration lockoutFrom) {

    public ThrottlePolicy {
        tiers = Map.copyOf(tiers);
        if (!tiers.keySet().containsAll(List.of(ThrottleScope.values()))) {
            throw new IllegalArgumentException("Every scope needs its tiers: " + tiers.keySet());
        }
    }

    /**
     * The standard policy. One account from one address: 3 failures at once, then one a second,
     * after 6 one every 10 seconds, after {@code lockoutAfter} one per {@code lockout} (the lock).
     * One address: locked after 5 x {@code lockoutAfter} failures over any accounts. One account
     * from anywhere: only slowed to one attempt every 10 seconds after 2 x {@code lockoutAfter},
     * never locked, so an attacker elsewhere cannot keep its owner out for long. Confirmation links:
     * 10 wrong tokens at once, then one every 5 seconds, locked after 30.
     */
    public static ThrottlePolicy standard(int lockoutAfter, Duration lockout) {
        if (lockoutAfter < 1) {
            throw new IllegalArgumentException("lockoutAfter must be positive: " + lockoutAfter);
        }
        Map<ThrottleScope, List<Tier>> tiers = new EnumMap<>(ThrottleScope.class);
        tiers.put(ThrottleScope.ACCOUNT_AT_ADDRESS, List.of(new Tier(3, Duration.ofSeconds(1)), new Tier(6, Duration.ofSeconds(10)),
                new Tier(lockoutAfter, lockout)));
        tiers.put(ThrottleScope.ADDRESS, List.of(new Tier(2 * lockoutAfter, Duration.ofSeconds(2)), new Tier(5 * lockoutAfter, lockout)));
        tiers.put(ThrottleScope.ACCOUNT, List.of(new Tier(2 * lockoutAfter, Duration.ofSeconds(10))));
        tiers.put(ThrottleScope.CONFIRMATION_ADDRESS, List.of(new Tier(10, Duration.ofSeconds(5)), new Tier(30, lockout)));
        return new ThrottlePolicy(tiers, Duration.ofMinutes(1).compareTo(lockout) < 0 ? Duration.ofMinutes(1) : lockout);
    }
}
