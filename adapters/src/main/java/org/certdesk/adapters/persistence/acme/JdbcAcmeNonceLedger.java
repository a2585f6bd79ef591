package org.certdesk.adapters.persistence.acme;

import java.security.SecureRandom;
import java.time.Instant;

import org.certdesk.application.port.AcmeNonceLedger;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The nonce key in the one row of {@code acme_nonce_key}, the used nonces in {@code acme_used_nonce}.
 * The primary key decides a race between two nodes given the same nonce: one insert wins.
 */
@Component
class JdbcAcmeNonceLedger implements AcmeNonceLedger {

    private static final int KEY_BYTES = 32;
    /** Bounds one clean-up statement, so it never holds many row locks at once. */
    private static final int FORGET_BATCH = 10_000;

    private final JdbcClient jdbc;

    JdbcAcmeNonceLedger(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public byte[] signingKey() {
        byte[] candidate = new byte[KEY_BYTES];
        new SecureRandom().nextBytes(candidate);
        // The first node's key stays; every later INSERT IGNORE leaves it alone.
        jdbc.sql("INSERT IGNORE INTO acme_nonce_key (id, signing_key) VALUES (1, :k)").param("k", candidate).update();
        return jdbc.sql("SELECT signing_key FROM acme_nonce_key WHERE id = 1").query(byte[].class).single();
    }

    @Override
    public boolean firstUse(String nonce, Instant expires) {
        try {
            jdbc.sql("INSERT INTO acme_used_nonce (nonce, expires_at) VALUES (:n, :e)").param("n", nonce).param("e", Micros.of(expires))
                    .update();
            return true;
        } catch (DuplicateKeyException replayed) {
            return false;
        }
    }

    @Override
    public int forgetExpired(Instant now) {
        int forgotten = 0;
        int batch;
        do {
            batch = jdbc.sql("DELETE FROM acme_used_nonce WHERE expires_at <= :now LIMIT " + FORGET_BATCH)
                    .param("now", Micros.of(now)).update();
            forgotten += batch;
        } while (batch == FORGET_BATCH);
        return forgotten;
    }
}
