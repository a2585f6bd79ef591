package org.certdesk.domain.acme;

import java.time.Instant;
import java.util.Objects;

/**
 * One challenge of an authorization (RFC 8555 8): its type, where it stands, when it was
 * validated and, when it failed, the error the client sees.
 */
public record AcmeChallenge(ChallengeType type, AcmeStatus status, Instant validatedAt, AcmeProblemType errorType,
                            String errorDetail) {

    public AcmeChallenge {
        Objects.requireNonNull(type);
        Objects.requireNonNull(status);
    }

    static AcmeChallenge pending(ChallengeType type) {
        return new AcmeChallenge(type, AcmeStatus.PENDING, null, null, null);
    }

    AcmeChallenge processing() {
        return new AcmeChallenge(type, AcmeStatus.PROCESSING, null, null, null);
    }

    AcmeChallenge valid(Instant at) {
        return new AcmeChallenge(type, AcmeStatus.VALID, at, null, null);
    }

    AcmeChallenge invalid(Instant at, AcmeProblemType error, String detail) {
        return new AcmeChallenge(type, AcmeStatus.INVALID, at, error, detail);
    }
}
