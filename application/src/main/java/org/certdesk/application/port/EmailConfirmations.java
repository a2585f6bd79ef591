package org.certdesk.application.port;

import java.time.Instant;
import java.util.Optional;

import org.certdesk.domain.certificate.CertificateId;

/**
 * Port: the one-time links of verification emails, stored by the SHA-256 of the token only, so a
 * copy of the table confirms nothing.
 */
public interface EmailConfirmations {

    void store(PendingConfirmation confirmation);

    Optional<PendingConfirmation> findByHash(String tokenHash);

    /** Marks the link used; false when it was used (or replaced) already: the single-use guard. */
    boolean markUsed(String tokenHash, Instant at);

    /** A resend replaces the links sent before for that certificate. */
    void supersedeUnused(CertificateId certificate, Instant at);

    record PendingConfirmation(String tokenHash, CertificateId certificate, int round, String email, Instant createdAt,
                               Instant expiresAt, Instant usedAt, Instant supersededAt) {
    }
}
