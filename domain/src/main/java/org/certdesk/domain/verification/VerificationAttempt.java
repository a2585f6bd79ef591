package org.certdesk.domain.verification;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * One check of one name: when, the outcome, the message the customer sees, what was observed,
 * and what each remote perspective saw when the primary's pass was corroborated (BR 3.2.2.9;
 * empty when no corroboration took place).
 */
public record VerificationAttempt(Instant at, VerificationOutcome outcome, String message, String observed,
                                  List<PerspectiveResult> perspectives) {

    public static final String NO_DNS_RECORD = "No DNS record found.";
    public static final String DNS_MISMATCH = "Mismatch found in the DNS record.";
    public static final String TIMED_OUT = "Verification timed out. Try again.";
    public static final String NO_FILE = "No file found.";
    public static final String FILE_INVALID = "File content is invalid.";
    public static final String PASSED_MESSAGE = "Verified.";

    public VerificationAttempt {
        Objects.requireNonNull(at);
        Objects.requireNonNull(outcome);
        Objects.requireNonNull(message);
        perspectives = perspectives == null ? List.of() : List.copyOf(perspectives);
    }

    public VerificationAttempt(Instant at, VerificationOutcome outcome, String message, String observed) {
        this(at, outcome, message, observed, List.of());
    }

    /** This attempt with the remote perspectives' results that corroborated it. */
    public VerificationAttempt withPerspectives(List<PerspectiveResult> results) {
        return new VerificationAttempt(at, outcome, message, observed, results);
    }

    public static VerificationAttempt passed(Instant at, String observed) {
        return new VerificationAttempt(at, VerificationOutcome.PASSED, PASSED_MESSAGE, observed);
    }

    public static VerificationAttempt failed(Instant at, String message, String observed) {
        return new VerificationAttempt(at, VerificationOutcome.FAILED, message, observed);
    }

    /** A signed zone whose answer failed DNSSEC validation: never evidence (BR 3.2.2.4). */
    public static String dnssecBogus(String name) {
        return "DNSSEC validation failed for " + name + ". Check the zone's signatures and DS record.";
    }

    /** RFC 8659 refusal, in the wording SPEC.md gives. */
    public static String caaRefusal(String name, String found) {
        return "CAA records for " + name + " do not authorize this CA (found: " + found + ")";
    }

    public boolean passed() {
        return outcome == VerificationOutcome.PASSED;
    }
}
