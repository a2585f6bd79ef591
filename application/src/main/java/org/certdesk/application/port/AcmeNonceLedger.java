package org.certdesk.application.port;

import java.time.Instant;

/**
 * Port: what every console node of a cluster must agree on about ACME nonces (RFC 8555 6.5) —
 * the key they are signed with and which of them were used. Any node may then issue a nonce
 * and any other node accept it, exactly once.
 */
public interface AcmeNonceLedger {

    /** The key nonces are signed with: made once, by whichever node asks first, then the same for all. */
    byte[] signingKey();

    /** Records the nonce as used; false when it was used before (a replay). */
    boolean firstUse(String nonce, Instant expires);

    /** Forgets used nonces that expired: their expiry alone refuses them now. Returns how many. */
    int forgetExpired(Instant now);
}
