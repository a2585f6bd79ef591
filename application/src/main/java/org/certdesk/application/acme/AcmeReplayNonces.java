package org.certdesk.application.acme;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import org.certdesk.application.port.AcmeNonceLedger;

/**
 * Replay nonces (RFC 8555 6.5), good on every node of a cluster: a nonce carries its expiry and
 * a MAC under the cluster's shared key, so issuing one writes nothing, any node can check it,
 * and a forged or expired one is refused without touching the database. Using one records it
 * in the shared ledger, which accepts each nonce once.
 */
public class AcmeReplayNonces {

    public static final Duration LIFETIME = Duration.ofHours(1);
    private static final int RANDOM_BYTES = 12;
    private static final int MAC_BYTES = 16;
    private static final int LENGTH = Long.BYTES + RANDOM_BYTES + MAC_BYTES;

    private final AcmeNonceLedger ledger;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private volatile SecretKeySpec key;

    public AcmeReplayNonces(AcmeNonceLedger ledger, Clock clock) {
        this.ledger = ledger;
        this.clock = clock;
    }

    public String issue() {
        ByteBuffer nonce = ByteBuffer.allocate(LENGTH);
        nonce.putLong(clock.instant().plus(LIFETIME).getEpochSecond());
        byte[] unique = new byte[RANDOM_BYTES];
        random.nextBytes(unique);
        nonce.put(unique);
        nonce.put(mac(nonce.array(), Long.BYTES + RANDOM_BYTES));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(nonce.array());
    }

    /** True once for a nonce some node of this cluster issued and that has not expired. */
    public boolean consume(String nonce) {
        byte[] bytes;
        try {
            bytes = Base64.getUrlDecoder().decode(nonce == null ? "" : nonce);
        } catch (IllegalArgumentException notBase64Url) {
            return false;
        }
        if (bytes.length != LENGTH) {
            return false;
        }
        byte[] expected = mac(bytes, Long.BYTES + RANDOM_BYTES);
        if (!MessageDigest.isEqual(expected, Arrays.copyOfRange(bytes, LENGTH - MAC_BYTES, LENGTH))) {
            return false;
        }
        Instant expires = Instant.ofEpochSecond(ByteBuffer.wrap(bytes).getLong());
        return clock.instant().isBefore(expires) && ledger.firstUse(nonce, expires);
    }

    /** The ledger's clean-up, for the scheduler: expired nonces need no memory. */
    public int forgetExpired() {
        return ledger.forgetExpired(clock.instant());
    }

    private byte[] mac(byte[] data, int length) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(key());
            mac.update(data, 0, length);
            return Arrays.copyOf(mac.doFinal(), MAC_BYTES);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }

    private SecretKeySpec key() {
        SecretKeySpec known = key;
        if (known == null) {
            known = new SecretKeySpec(ledger.signingKey(), "HmacSHA256");
            key = known;
        }
        return known;
    }
}
