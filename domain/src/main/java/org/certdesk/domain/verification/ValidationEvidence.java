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

    public ValidationEvidence {
        Objects.requireNonNull(identifier);
        Objects.requireNonNull(method);
        Objects.requireNonNull(validatedAt);
        Objects.requireNonNull(reusableUntil);
    }

    public static ValidationEvidence of(Identifier identifier, VerificationMethod method, Instant validatedAt,
                                        String observed, IssuancePolicy policy) {
        return new ValidationEvidence(identifier, method, validatedAt, observed,
                policy.evidenceReusableUntil(validatedAt));
    }

    public String brSection() {
        return method.brSection();
    }

    public boolean isReusableAt(Instant instant) {
        return instant.isBefore(reusableUntil);
    }
}
