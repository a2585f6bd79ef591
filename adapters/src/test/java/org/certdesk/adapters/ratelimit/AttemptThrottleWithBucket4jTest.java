package org.certdesk.adapters.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import org.certdesk.adapters.AdaptersTestApplication;
import org.certdesk.application.account.AttemptThrottle;
import org.certdesk.application.account.ThrottleKey;
import org.certdesk.application.account.ThrottleLock;
import org.certdesk.application.account.ThrottlePolicy;
import org.certdesk.application.account.ThrottleScope;
import org.certdesk.domain.account.AccountId;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.audit.AuditQuery;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.shared.NotPermittedException;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

/** The throttling policy on the real Bucket4j limiter and its table in MariaDB, with time moved by hand. */
@SpringBootTest(classes = AdaptersTestApplication.class)
class AttemptThrottleWithBucket4jTest {

    private static final Duration LOCKOUT = Duration.ofMinutes(15);

    @Autowired
    DataSource dataSource;

    private final MovableClock clock = new MovableClock(Instant.parse("2026-12-01T10:00:00Z"));
    private final List<AuditEntry> audit = new ArrayList<>();
    private AttemptThrottle throttle;
    private final List<ThrottleKey> aliceHere = ThrottleKey.forSignIn("alice", "203.0.113.5");
    private final Actor admin = Actor.staff(new AccountId(1), "adam", Role.ADMIN);

    @BeforeEach
    void startWithNoCounts() {
        new JdbcTemplate(dataSource).update("DELETE FROM attempt_bucket");
        throttle = new AttemptThrottle(new Bucket4jAttemptLimiter(dataSource, clock), ThrottlePolicy.standard(10, LOCKOUT),
                new ListAuditLog(audit), clock);
    }

    @Test
    void delaysGrowThenTheAccountIsLockedAtThatAddress() {
        List<Duration> waits = new ArrayList<>();
        for (int failure = 1; failure <= 10; failure++) {
            waitUntilAllowed(waits);
            throttle.failed(aliceHere);
        }
        // Failures 1-3 at once; 4-6 a second apart; then about ten seconds apart (the second
        // tier refilled a little meanwhile: buckets refill continuously).
        assertThat(waits).containsExactly(Duration.ZERO, Duration.ZERO, Duration.ZERO, Duration.ofSeconds(1), Duration.ofSeconds(1),
                Duration.ofSeconds(1), Duration.ofSeconds(7), Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(10));

        // Locked: one more attempt per lockout period, less what refilled during the 40 s of guessing.
        Instant until = throttle.refusedUntil(aliceHere).orElseThrow();
        assertThat(until).isEqualTo(clock.instant().plus(LOCKOUT).minusSeconds(40));
        clock.set(until.minusSeconds(1));
        assertThat(throttle.refusedUntil(aliceHere)).isPresent();
        clock.set(until);
        assertThat(throttle.refusedUntil(aliceHere)).isEmpty();
    }

    @Test
    void theLockHoldsOnlyForThatAddressAndAnotherAddressIsAtMostSlowedDown() {
        lockAlice();

        assertThat(throttle.refusedUntil(aliceHere)).isPresent();
        assertThat(throttle.refusedUntil(ThrottleKey.forSignIn("alice", "198.51.100.7"))).isEmpty();
        assertThat(throttle.refusedUntil(ThrottleKey.forSignIn("bob", "203.0.113.5"))).isEmpty();
    }

    @Test
    void theLockIsAuditedOnceAndTheAdminSeesAndClearsIt() {
        lockAlice();

        assertThat(audit).extracting(AuditEntry::action).containsExactly("Attempts locked");
        assertThat(audit.getFirst().actor()).isEqualTo("system");
        assertThat(audit.getFirst().detail()).contains("ACCOUNT_AT_ADDRESS alice@203.0.113.5");
        List<ThrottleLock> locks = throttle.locks(admin);
        assertThat(locks).extracting(ThrottleLock::key)
                .containsExactly(new ThrottleKey(ThrottleScope.ACCOUNT_AT_ADDRESS, "alice@203.0.113.5"));

        throttle.clear(admin, locks.getFirst().key());

        assertThat(throttle.refusedUntil(aliceHere)).isEmpty();
        assertThat(throttle.locks(admin)).isEmpty();
        assertThat(audit).extracting(AuditEntry::action).containsExactly("Attempts locked", "Attempts lock cleared");
        assertThat(audit.getLast().actor()).isEqualTo("adam");
    }

    @Test
    void onlyTheAdminSeesOrClearsLocks() {
        Actor customer = Actor.customer(new AccountId(2), "alice", new org.certdesk.domain.account.TenantId(1));
        assertThatThrownBy(() -> throttle.locks(customer)).isInstanceOf(NotPermittedException.class);
        assertThatThrownBy(() -> throttle.clear(customer, aliceHere.getFirst())).isInstanceOf(NotPermittedException.class);
    }

    @Test
    void aSuccessForgivesTheFailuresAtThatAddress() {
        throttle.failed(aliceHere);
        throttle.failed(aliceHere);
        throttle.failed(aliceHere);
        assertThat(throttle.refusedUntil(aliceHere)).isPresent();

        clock.advance(Duration.ofSeconds(1));
        throttle.succeeded(aliceHere);
        for (int i = 0; i < 3; i++) {
            throttle.failed(aliceHere);
        }
        assertThat(throttle.refusedUntil(aliceHere)).hasValue(clock.instant().plusSeconds(1));
    }

    @Test
    void oneAddressSprayingManyAccountsIsLocked() {
        List<Duration> ignored = new ArrayList<>();
        for (int i = 0; i < 50; i++) {
            waitUntilAllowed(ignored);
            throttle.failed(ThrottleKey.forSignIn("user" + i, "203.0.113.9"));
        }
        assertThat(throttle.refusedUntil(ThrottleKey.forSignIn("someone-else", "203.0.113.9"))).isPresent();
        assertThat(throttle.locks(admin)).extracting(lock -> lock.key().scope()).containsExactly(ThrottleScope.ADDRESS);
    }

    private void lockAlice() {
        for (int failure = 1; failure <= 10; failure++) {
            waitUntilAllowed(new ArrayList<>());
            throttle.failed(aliceHere);
        }
    }

    private void waitUntilAllowed(List<Duration> waits) {
        Instant before = clock.instant();
        throttle.refusedUntil(aliceHere).ifPresent(clock::set);
        throttle.refusedUntil(ThrottleKey.forSignIn("x", "203.0.113.9")).ifPresent(clock::set);
        waits.add(Duration.between(before, clock.instant()));
    }

    private static final class MovableClock extends Clock {

        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private record ListAuditLog(List<AuditEntry> entries) implements AuditLog {

        @Override
        public void record(AuditEntry entry) {
            entries.add(entry);
        }

        @Override
        public List<AuditEntry> forCertificate(CertificateId certificate) {
            return List.of();
        }

        @Override
        public List<AuditEntry> search(AuditQuery query) {
            return List.of();
        }
    }
}
