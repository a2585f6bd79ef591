package org.certdesk.domain.verification;

import java.util.List;
import java.util.Optional;

/**
 * The outcome of one Multi-Perspective Issuance Corroboration attempt (BR 3.2.2.9): every remote
 * perspective's result, and the refusal when the quorum or RIR diversity was not met.
 */
public record Corroboration(List<PerspectiveResult> results, Optional<String> refusal) {

    public Corroboration {
        results = List.copyOf(results);
        refusal = refusal == null ? Optional.empty() : refusal;
    }

    public static Corroboration corroborated(List<PerspectiveResult> results) {
        return new Corroboration(results, Optional.empty());
    }

    public static Corroboration refused(List<PerspectiveResult> results, String cause) {
        return new Corroboration(results, Optional.of(cause));
    }

    public boolean passed() {
        return refusal.isEmpty();
    }
}
