package org.certdesk.domain.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * Multi-Perspective Issuance Corroboration as dated data (BR 3.2.2.9, "Phased Implementation
 * Timeline" and "Quorum Requirements"), like the validity schedule of {@link IssuancePolicy}:
 * how many remote Network Perspectives must be asked, whether a failed quorum blocks issuance,
 * and in how many RIR regions the corroborating perspectives must lie.
 */
public final class CorroborationPolicy {

    static final LocalDate MPIC_INTRODUCED = LocalDate.of(2025, 3, 15);
    static final LocalDate MPIC_BLOCKING = LocalDate.of(2025, 9, 15);
    static final LocalDate THREE_PERSPECTIVES = LocalDate.of(2026, 3, 15);
    static final LocalDate FOUR_PERSPECTIVES = LocalDate.of(2026, 6, 15);
    static final LocalDate FIVE_PERSPECTIVES = LocalDate.of(2026, 12, 15);

    private final DatedSchedule<Rules> schedule;

    public CorroborationPolicy(DatedSchedule<Rules> schedule) {
        this.schedule = schedule;
    }

    /** The Baseline Requirements 2.2.6 phase-in of BR 3.2.2.9. */
    public static CorroborationPolicy baselineRequirements() {
        return new CorroborationPolicy(DatedSchedule.of(Map.of(
                LocalDate.MIN, Rules.NOT_REQUIRED,
                // 2 remote perspectives; the CA MAY issue beyond the quorum
                MPIC_INTRODUCED, new Rules(2, false, 1),
                // the quorum table now binds: MUST NOT issue when it is not met
                MPIC_BLOCKING, new Rules(2, true, 1),
                // and the corroborating perspectives span at least two RIR service regions
                THREE_PERSPECTIVES, new Rules(3, true, 2),
                FOUR_PERSPECTIVES, new Rules(4, true, 2),
                FIVE_PERSPECTIVES, new Rules(5, true, 2))));
    }

    /** No corroboration on any date: for tests of other concerns, never for a publicly trusted CA. */
    public static CorroborationPolicy none() {
        return new CorroborationPolicy(DatedSchedule.of(Map.of(LocalDate.MIN, Rules.NOT_REQUIRED)));
    }

    public Rules rulesAt(Instant attemptAt) {
        return schedule.valueAt(attemptAt);
    }

    public DatedSchedule<Rules> schedule() {
        return schedule;
    }

    /**
     * The rules of one period.
     *
     * @param minimumRemotePerspectives remote Network Perspectives the CA must use (0: no corroboration yet)
     * @param blocking                  whether a quorum not met forbids issuance
     * @param minimumRirRegions         distinct RIR service regions the corroborating perspectives must span
     */
    public record Rules(int minimumRemotePerspectives, boolean blocking, int minimumRirRegions) {

        public static final Rules NOT_REQUIRED = new Rules(0, false, 0);

        public Rules {
            if (minimumRemotePerspectives < 0 || minimumRirRegions < 0) {
                throw new IllegalArgumentException("Corroboration minimums cannot be negative");
            }
        }

        public boolean required() {
            return minimumRemotePerspectives > 0;
        }

        /** The BR 3.2.2.9 Quorum Requirements table: 2-5 perspectives allow 1 non-corroboration, 6 or more allow 2. */
        public static int allowedNonCorroborations(int remotePerspectivesUsed) {
            if (remotePerspectivesUsed >= 6) {
                return 2;
            }
            return remotePerspectivesUsed >= 2 ? 1 : 0;
        }
    }
}
