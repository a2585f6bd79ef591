package org.certdesk.application.port;

import java.time.Instant;

import org.certdesk.domain.certificate.RevocationReason;

/**
 * Port: tells the CA that a certificate it signed is revoked, so its issuing CA lists the serial
 * in the next CRL (BR 4.9.7: within 24 hours of recording the revocation; the adapter re-publishes
 * at once). Called inside the revoking transaction: if recording fails, the revocation rolls back.
 */
public interface RevocationRegistry {

    /** @param serialHex the serial as the CA issued it (lower-case hex) */
    void revoked(String serialHex, RevocationReason reason, Instant at);
}
