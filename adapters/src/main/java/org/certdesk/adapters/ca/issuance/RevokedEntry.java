package org.certdesk.adapters.ca.issuance;

import java.time.Instant;

import org.certdesk.domain.certificate.RevocationReason;

/** One revokedCertificates entry of a CRL (BR 7.2.2): serial, revocation date, reason. */
public record RevokedEntry(String serialHex, Instant revokedAt, RevocationReason reason) {
}
