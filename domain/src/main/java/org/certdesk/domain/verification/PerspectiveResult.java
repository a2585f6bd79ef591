package org.certdesk.domain.verification;

import java.util.Objects;

/**
 * What one remote Network Perspective saw on one corroboration attempt (BR 3.2.2.9): whether it
 * observed what the Primary Network Perspective did, and in its words what it found.
 */
public record PerspectiveResult(String perspective, RirRegion region, String location, Outcome outcome, String observed) {

    public enum Outcome {
        /** Saw the same Random Value and CAA permission as the primary: a corroboration. */
        SEEN,
        /** Answered, but saw something else (another TXT value, no file, a CAA set forbidding the CA). */
        NOT_SEEN,
        /** Did not answer usefully: down, timed out, a DNSSEC failure. */
        ERROR
    }

    public PerspectiveResult {
        Objects.requireNonNull(perspective);
        Objects.requireNonNull(region);
        Objects.requireNonNull(location);
        Objects.requireNonNull(outcome);
        observed = observed == null ? "" : observed;
    }

    public static PerspectiveResult of(PerspectiveSite site, Outcome outcome, String observed) {
        return new PerspectiveResult(site.name(), site.region(), site.location(), outcome, observed);
    }

    public boolean corroborates() {
        return outcome == Outcome.SEEN;
    }
}
