package org.certdesk.adapters.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConfigurationBuilder;
import io.github.bucket4j.TimeMeter;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.CustomColumnProvider;
import io.github.bucket4j.distributed.proxy.ClientSideConfig;
import io.github.bucket4j.distributed.remote.RemoteBucketState;
import org.certdesk.application.port.AttemptLimiter;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Failed attempts as Bucket4j token buckets in the shared database (table {@code attempt_bucket},
 * changeset 035), one per key, so every console node counts every failure: a failure takes a token,
 * each tier is a bandwidth (capacity = its attempts, one token back per spacing). Bucket4j's
 * select-for-update proxy manager ({@link AttemptBucketTable}) keeps the state (a binary blob,
 * changed under SELECT ... FOR UPDATE) and when the bucket is full again ({@code expires_at}), after
 * which a row is deleted, at most once a minute per node; on each write we add the time the key's
 * next attempt is allowed ({@code wait_until}), which refilling cannot change before the next write,
 * so waiting, and the admin's list of locks, are plain queries.
 */
@Component
class Bucket4jAttemptLimiter implements AttemptLimiter {

    /** At most this many keys are listed as waiting (the longest waits: the locks come first). */
    static final int MAX_LISTED = 500;
    /** Keys longer than this are shortened (a username typed at sign-in can be of any length). */
    static final int MAX_KEY_LENGTH = 400;
    private static final int KEPT_PREFIX = 300;
    private static final Duration CLEANUP_INTERVAL = Duration.ofMinutes(1);
    private static final int CLEANUP_BATCH = 1_000;
    private static final int MAX_CLEANUP_BATCHES = 100;

    private final AttemptBucketTable buckets;
    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final AtomicLong lastCleanupMillis = new AtomicLong(Long.MIN_VALUE);

    Bucket4jAttemptLimiter(DataSource dataSource, Clock clock) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.clock = clock;
        this.buckets = new AttemptBucketTable(dataSource, ClientSideConfig.getDefault()
                // The application's clock, so tests can move time; nodes' clocks are assumed in sync (NTP).
                .withClientClock(new ClockTimeMeter(clock))
                // A bucket that has refilled completely counts nothing any more: its row may go.
                .withExpirationAfterWriteStrategy(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ZERO)),
                List.of(new WaitUntilColumn()));
    }

    @Override
    public Duration waitBefore(String key) {
        List<Timestamp> until = jdbc.queryForList("SELECT wait_until FROM attempt_bucket WHERE id = ?", Timestamp.class, stored(key));
        if (until.isEmpty() || until.getFirst() == null) {
            return Duration.ZERO;
        }
        Duration wait = Duration.between(clock.instant(), until.getFirst().toInstant());
        return wait.isNegative() ? Duration.ZERO : wait;
    }

    @Override
    public Duration recordFailure(String key, List<Tier> tiers) {
        removeFullBucketsNowAndThen();
        String id = stored(key);
        // Counted even if a concurrent failure took the last token: every wrong guess costs.
        buckets.builder().build(id, () -> configuration(tiers)).consumeIgnoringRateLimits(1);
        return waitBefore(id);
    }

    @Override
    public void forget(String key) {
        buckets.removeProxy(stored(key));
    }

    @Override
    public Map<String, Duration> waiting() {
        Instant now = clock.instant();
        Map<String, Duration> waiting = new LinkedHashMap<>();
        jdbc.query("SELECT id, wait_until FROM attempt_bucket WHERE wait_until > ? ORDER BY wait_until DESC LIMIT ?",
                row -> {
                    waiting.put(row.getString("id"), Duration.between(now, row.getTimestamp("wait_until").toInstant()));
                },
                Timestamp.from(now), MAX_LISTED);
        return waiting;
    }

    /**
     * Drops the rows of buckets that are full again (Bucket4j's expiry), at most once a minute per
     * node, in batches, so a scan of many addresses does not leave rows behind for ever.
     */
    private void removeFullBucketsNowAndThen() {
        long now = clock.millis();
        long last = lastCleanupMillis.get();
        if (last != Long.MIN_VALUE && now - last < CLEANUP_INTERVAL.toMillis() || !lastCleanupMillis.compareAndSet(last, now)) {
            return;
        }
        for (int batch = 0; batch < MAX_CLEANUP_BATCHES && buckets.removeExpired(CLEANUP_BATCH) >= CLEANUP_BATCH; batch++) {
            // keep going: more full buckets than one batch
        }
    }

    /** The key as stored: itself, or if too long a prefix and the hash of the whole, so distinct keys stay distinct. */
    static String stored(String key) {
        if (key.length() <= MAX_KEY_LENGTH) {
            return key;
        }
        int cut = Character.isHighSurrogate(key.charAt(KEPT_PREFIX - 1)) ? KEPT_PREFIX - 1 : KEPT_PREFIX;
        return key.substring(0, cut) + "#" + sha256(key);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }

    private static BucketConfiguration configuration(List<Tier> tiers) {
        ConfigurationBuilder builder = BucketConfiguration.builder();
        for (Tier tier : tiers) {
            builder.addLimit(limit -> limit.capacity(tier.attempts()).refillGreedy(1, tier.spacing()));
        }
        return builder.build();
    }

    /** {@code wait_until}: when the key may try again after this write; NULL when it may try now. */
    private static final class WaitUntilColumn implements CustomColumnProvider<String> {

        @Override
        public void setCustomField(String key, int paramIndex, PreparedStatement statement, RemoteBucketState state, long currentTimeNanos)
                throws SQLException {
            long waitNanos = state.calculateDelayNanosAfterWillBePossibleToConsume(1, currentTimeNanos, false);
            if (waitNanos <= 0) {
                statement.setNull(paramIndex, Types.TIMESTAMP);
                return;
            }
            Instant until = Instant.EPOCH.plusNanos(currentTimeNanos).plusNanos(waitNanos);
            // Rounded up to the column's microseconds: never a moment too early.
            Instant stored = until.truncatedTo(ChronoUnit.MICROS);
            statement.setTimestamp(paramIndex, Timestamp.from(stored.isBefore(until) ? stored.plus(1, ChronoUnit.MICROS) : stored));
        }

        @Override
        public String getCustomFieldName() {
            return "wait_until";
        }
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
