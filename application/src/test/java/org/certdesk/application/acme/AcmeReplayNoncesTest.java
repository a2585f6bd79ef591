package org.certdesk.application.acme;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HashMap;
import java.util.Map;

import org.certdesk.application.port.AcmeNonceLedger;
import org.junit.jupiter.api.Test;

/** RFC 8555 6.5 on a cluster: any node accepts any node's nonce, once, within its lifetime; nothing forged gets through. */
class AcmeReplayNoncesTest {

    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");

    /** One cluster's shared ledger: one key, one set of used nonces. */
    private static final class SharedLedger implements AcmeNonceLedger {
        private final byte[] key = new byte[32];
        private final Map<String, Instant> used = new HashMap<>();

        SharedLedger() {
            new SecureRandom().nextBytes(key);
        }

        @Override
        public byte[] signingKey() {
            return key.clone();
        }

        @Override
        public boolean firstUse(String nonce, Instant expires) {
            return used.putIfAbsent(nonce, expires) == null;
        }

        @Override
        public int forgetExpired(Instant now) {
            int before = used.size();
            used.values().removeIf(expires -> !now.isBefore(expires));
            return before - used.size();
        }
    }

    private final SharedLedger cluster = new SharedLedger();

    private AcmeReplayNonces node(SharedLedger ledger, Instant now) {
        return new AcmeReplayNonces(ledger, Clock.fixed(now, ZoneOffset.UTC));
    }

    @Test
    void aNonceIssuedByOneNodeIsAcceptedOnceByAnother() {
        String nonce = node(cluster, NOW).issue();
        AcmeReplayNonces other = node(cluster, NOW.plusSeconds(5));

        assertThat(other.consume(nonce)).isTrue();
        assertThat(other.consume(nonce)).isFalse();
        assertThat(node(cluster, NOW.plusSeconds(6)).consume(nonce)).isFalse();
    }

    @Test
    void everyIssuedNonceIsDifferent() {
        AcmeReplayNonces node = node(cluster, NOW);
        assertThat(node.issue()).isNotEqualTo(node.issue());
    }

    @Test
    void aNonceExpiresAfterItsLifetimeAndIsThenForgotten() {
        String nonce = node(cluster, NOW).issue();
        String used = node(cluster, NOW).issue();
        assertThat(node(cluster, NOW).consume(used)).isTrue();
        Instant expiry = NOW.plus(AcmeReplayNonces.LIFETIME);

        assertThat(node(cluster, expiry.minusSeconds(1)).forgetExpired()).isZero();
        assertThat(node(cluster, expiry).consume(nonce)).isFalse();
        assertThat(node(cluster, expiry).forgetExpired()).isEqualTo(1);
    }

    @Test
    void anotherClustersNonceATamperedOneAndGarbageAreRefused() {
        String foreign = node(new SharedLedger(), NOW).issue();
        byte[] tampered = Base64.getUrlDecoder().decode(node(cluster, NOW).issue());
        tampered[3] ^= 1; // a later expiry, say

        AcmeReplayNonces node = node(cluster, NOW);
        assertThat(node.consume(foreign)).isFalse();
        assertThat(node.consume(Base64.getUrlEncoder().withoutPadding().encodeToString(tampered))).isFalse();
        assertThat(node.consume(null)).isFalse();
        assertThat(node.consume("")).isFalse();
        assertThat(node.consume("not base64url!")).isFalse();
        assertThat(node.consume("AAAA")).isFalse();
        assertThat(cluster.used).isEmpty();
    }
}
