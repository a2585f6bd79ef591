package org.certdesk.domain.policy;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.certdesk.domain.policy.CorroborationPolicy.Rules;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** BR 3.2.2.9: the phased implementation timeline at each boundary, and the quorum table. */
class CorroborationPolicyTest {

    private final CorroborationPolicy policy = CorroborationPolicy.baselineRequirements();

    @ParameterizedTest(name = "{0}: {1} remote perspectives, blocking {2}, {3} RIR regions")
    @CsvSource({
            "2025-03-14T23:59:59Z, 0, false, 0",
            "2025-03-15T00:00:00Z, 2, false, 1",
            "2025-09-14T23:59:59Z, 2, false, 1",
            "2025-09-15T00:00:00Z, 2, true, 1",
            "2026-03-14T23:59:59Z, 2, true, 1",
            "2026-03-15T00:00:00Z, 3, true, 2",
            "2026-06-14T23:59:59Z, 3, true, 2",
            "2026-06-15T00:00:00Z, 4, true, 2",
            "2026-12-14T23:59:59Z, 4, true, 2",
            "2026-12-15T00:00:00Z, 5, true, 2",
            "2040-01-01T00:00:00Z, 5, true, 2"})
    void phasesInOnTheBrDates(Instant at, int perspectives, boolean blocking, int regions) {
        Rules rules = policy.rulesAt(at);
        assertThat(rules.minimumRemotePerspectives()).isEqualTo(perspectives);
        assertThat(rules.blocking()).isEqualTo(blocking);
        assertThat(rules.minimumRirRegions()).isEqualTo(regions);
        assertThat(rules.required()).isEqualTo(perspectives > 0);
    }

    @ParameterizedTest(name = "{0} perspectives allow {1} non-corroborations")
    @CsvSource({"2, 1", "3, 1", "4, 1", "5, 1", "6, 2", "7, 2", "12, 2"})
    void quorumTable(int used, int allowed) {
        assertThat(Rules.allowedNonCorroborations(used)).isEqualTo(allowed);
    }

    @Test
    void fewerThanTwoPerspectivesAllowNoNonCorroboration() {
        assertThat(Rules.allowedNonCorroborations(1)).isZero();
        assertThat(Rules.allowedNonCorroborations(0)).isZero();
    }
}
