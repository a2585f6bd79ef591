package org.certdesk.domain.verification;

import java.time.Instant;
import java.util.Objects;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.policy.IssuancePolicy;

/**
 * Proof that a name was validated: kept so a renewal can reuse it while BR 4.2.1 allows.
 * The BR section is the method's (3.2.2.4.7 DNS Change, 3.2.2.4.18 file).
 */
public record ValidationEvidence(Identifier identifier, VerificationMethod method, Instant validatedAt,
                                 String observed, Instant reusableUntil) {

    /** BR 3.2.2.4.22: the maximum data reuse period (BR 4.2.1) of a persistent-record validation. */
    public static final java.time.Duration PERSISTENT_REUSE = java.time.Duration.ofDays(10);

    public ValidationEvidence {
        Objects.requireNonNull(identifier);
        Objects.requireNonNull(method);
        Objects.requireNonNull(validatedAt);
        Objects.requireNonNull(reusableUntil);
    }

    public static ValidationEvidence of(Identifier identifier, VerificationMethod method, Instant validatedAt,
                                        String observed, IssuancePolicy policy) {
        java.time.Instant reusableUntil = policy.evidenceReusableUntil(validatedAt);
        if (method.isPersistent() && reusableUntil.isAfter(validatedAt.plus(PERSISTENT_REUSE))) {
            reusableUntil = validatedAt.plus(PERSISTENT_REUSE); // BR 3.2.2.4.22: at most 10 days of reuse
        }
        return new ValidationEvidence(identifier, method, validatedAt, observed, reusableUntil);
    }

    public String brSection() {
        return method.brSection();
    }

    public boolean isReusableAt(Instant instant) {
        return instant.isBefore(reusableUntil);
    }
}
