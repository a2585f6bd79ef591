package org.certdesk.ui.acme;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.Iterator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.stereotype.Component;

/**
 * Replay nonces (RFC 8555 6.5): each is issued once and accepted once, within an hour. Kept in
 * this node's memory; a client whose nonce another node issued gets badNonce and retries with
 * the fresh one that answer carries, as RFC 8555 6.5 expects clients to do.
 */
@Component
class AcmeNonces {

    static final Duration LIFETIME = Duration.ofHours(1);
    /** Bounds memory under a flood of newNonce requests; the oldest nonces go first. */
    static final int MAX_OUTSTANDING = 200_000;

    private final SecureRandom random = new SecureRandom();
    private final Map<String, Instant> outstanding = new ConcurrentHashMap<>();
    private final Clock clock;

    AcmeNonces(Clock clock) {
        this.clock = clock;
    }

    String issue() {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        String nonce = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        if (outstanding.size() >= MAX_OUTSTANDING) {
            evictExpiredOrOldest();
        }
        outstanding.put(nonce, clock.instant().plus(LIFETIME));
        return nonce;
    }

    /** True once for a nonce this node issued and that has not expired. */
    boolean consume(String nonce) {
        if (nonce == null) {
            return false;
        }
        Instant expires = outstanding.remove(nonce);
        return expires != null && clock.instant().isBefore(expires);
    }

    private void evictExpiredOrOldest() {
        Instant now = clock.instant();
        outstanding.values().removeIf(expires -> !now.isBefore(expires));
        Iterator<String> oldest = outstanding.keySet().iterator();
        while (outstanding.size() >= MAX_OUTSTANDING && oldest.hasNext()) {
            oldest.next();
            oldest.remove();
        }
    }
}
