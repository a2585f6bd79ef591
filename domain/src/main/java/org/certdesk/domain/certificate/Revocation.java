package org.certdesk.domain.certificate;

import java.time.Instant;
import java.util.Objects;

public record Revocation(RevocationReason reason, Instant revokedAt) {

    public Revocation {
        Objects.requireNonNull(reason);
        Objects.requireNonNull(revokedAt);
    }
}
