package org.certdesk.domain.acme;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * An ACME refusal: the RFC 8555 error type and a detail a client operator can act on. Thrown by
 * the ACME use cases and turned into a problem document (RFC 7807) at the HTTP edge; never
 * anything else reaches an ACME client.
 */
public class AcmeProblem extends RuntimeException {

    private final AcmeProblemType type;
    private final Duration retryAfter;

    public AcmeProblem(AcmeProblemType type, String detail) {
        this(type, detail, null);
    }

    private AcmeProblem(AcmeProblemType type, String detail, Duration retryAfter) {
        super(Objects.requireNonNull(detail));
        this.type = Objects.requireNonNull(type);
        this.retryAfter = retryAfter;
    }

    public static AcmeProblem rateLimited(String detail, Duration retryAfter) {
        return new AcmeProblem(AcmeProblemType.RATE_LIMITED, detail, retryAfter);
    }

    public AcmeProblemType type() {
        return type;
    }

    public String detail() {
        return getMessage();
    }

    public Optional<Duration> retryAfter() {
        return Optional.ofNullable(retryAfter);
    }
}
