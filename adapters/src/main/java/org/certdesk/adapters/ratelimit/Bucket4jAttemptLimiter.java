package org.certdesk.adapters.ratelimit;

import java.time.Clock;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.github.bucket4j.Bucket;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.local.LocalBucketBuilder;
import org.certdesk.application.port.AttemptLimiter;
import org.springframework.stereotype.Component;

/**
 * Failed attempts as Bucket4j token buckets in this node's memory, one per key: a failure takes a
 * token, each tier is a bandwidth (capacity = its attempts, one token back per spacing). Kept in
 * memory on purpose: a restart forgives everyone, which is acceptable for locks of minutes.
 */
@Component
class Bucket4jAttemptLimiter implements AttemptLimiter {

    /** Above this many keys, those with nothing to wait for are dropped (addresses of a scan must not fill the heap). */
    private static final int MAX_KEYS = 100_000;

    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();
    private final TimeMeter time;

    Bucket4jAttemptLimiter(Clock clock) {
        this.time = new ClockTimeMeter(clock);
    }

    @Override
    public Duration waitBefore(String key) {
        Bucket bucket = buckets.get(key);
        return bucket == null ? Duration.ZERO : waitOf(bucket);
    }

    @Override
    public Duration recordFailure(String key, List<Tier> tiers) {
        if (buckets.size() >= MAX_KEYS) {
            buckets.values().removeIf(bucket -> waitOf(bucket).isZero());
        }
        Bucket bucket = buckets.computeIfAbsent(key, unused -> newBucket(tiers));
        // Counted even if a concurrent failure took the last token: every wrong guess costs.
        bucket.consumeIgnoringRateLimits(1);
        return waitOf(bucket);
    }

    @Override
    public void forget(String key) {
        buckets.remove(key);
    }

    @Override
    public Map<String, Duration> waiting() {
        Map<String, Duration> waiting = new LinkedHashMap<>();
        buckets.forEach((key, bucket) -> {
            Duration wait = waitOf(bucket);
            if (!wait.isZero()) {
                waiting.put(key, wait);
            }
        });
        return waiting;
    }

    private Bucket newBucket(List<Tier> tiers) {
        LocalBucketBuilder builder = Bucket.builder().withCustomTimePrecision(time);
        for (Tier tier : tiers) {
            builder.addLimit(limit -> limit.capacity(tier.attempts()).refillGreedy(1, tier.spacing()));
        }
        return builder.build();
    }

    private static Duration waitOf(Bucket bucket) {
        return Duration.ofNanos(bucket.estimateAbilityToConsume(1).getNanosToWaitForRefill());
    }

    /** Bucket4j on the application's clock, so tests can move time. */
    private record ClockTimeMeter(Clock clock) implements TimeMeter {

        @Override
        public long currentTimeNanos() {
            return clock.millis() * 1_000_000L;
        }

        @Override
        public boolean isWallClockBased() {
            return true;
        }
    }
}
