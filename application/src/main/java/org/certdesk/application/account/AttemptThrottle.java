package org.certdesk.application.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import org.certdesk.application.port.AttemptLimiter;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;

/**
 * Use case: throttles guessing (passwords at sign-in, tokens of confirmation links). An attempt is
 * refused while any of its keys must wait; only failures count, refused attempts do not (so they
 * neither extend a lock nor reach the password check). A lock is audited when it starts and when
 * the admin clears it.
 */
public class AttemptThrottle {

    private final AttemptLimiter limiter;
    private final ThrottlePolicy policy;
    private final AuditLog auditLog;
    private final Clock clock;

    public AttemptThrottle(AttemptLimiter limiter, ThrottlePolicy policy, AuditLog auditLog, Clock clock) {
        this.limiter = limiter;
        this.policy = policy;
        this.auditLog = auditLog;
        this.clock = clock;
    }

    /** When the attempt may come, if it may not come now. */
    public Optional<Instant> refusedUntil(List<ThrottleKey> keys) {
        Duration longest = keys.stream().map(key -> limiter.waitBefore(key.asText())).max(Comparator.naturalOrder()).orElse(Duration.ZERO);
        return longest.isZero() || longest.isNegative() ? Optional.empty() : Optional.of(clock.instant().plus(longest));
    }

    public void failed(List<ThrottleKey> keys) {
        for (ThrottleKey key : keys) {
            boolean lockedBefore = isLock(limiter.waitBefore(key.asText()));
            Duration wait = limiter.recordFailure(key.asText(), policy.tiers().get(key.scope()));
            if (!lockedBefore && isLock(wait)) {
                Instant now = clock.instant();
                auditLog.record(AuditEntry.of(Actor.system(), now, null, null, "Attempts locked", null, null,
                        describe(key) + " until " + now.plus(wait)));
            }
        }
    }

    /** The attempt succeeded: the person at that address is who they said, their failures there are forgiven. */
    public void succeeded(List<ThrottleKey> keys) {
        keys.stream().filter(key -> key.scope() == ThrottleScope.ACCOUNT_AT_ADDRESS).forEach(key -> limiter.forget(key.asText()));
    }

    /** The current locks, longest first. */
    public List<ThrottleLock> locks(Actor admin) {
        AdminOnly.require(admin);
        Instant now = clock.instant();
        return limiter.waiting().entrySet().stream()
                .filter(entry -> isLock(entry.getValue()))
                .flatMap(entry -> ThrottleKey.parse(entry.getKey()).map(key -> new ThrottleLock(key, now.plus(entry.getValue()))).stream())
                .sorted(Comparator.comparing(ThrottleLock::until).reversed())
                .toList();
    }

    public void clear(Actor admin, ThrottleKey key) {
        AdminOnly.require(admin);
        limiter.forget(key.asText());
        auditLog.record(AuditEntry.of(admin, clock.instant(), null, null, "Attempts lock cleared", null, null, describe(key)));
    }

    private boolean isLock(Duration wait) {
        return wait.compareTo(policy.lockoutFrom()) >= 0;
    }

    private static String describe(ThrottleKey key) {
        return key.scope().name() + " " + key.subject();
    }
}
