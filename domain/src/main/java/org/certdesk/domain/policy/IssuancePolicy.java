package org.certdesk.domain.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.Refusal;

/**
 * The dated rules the CA issues by, as data in one place: maximum validity (BR 6.3.2, ballot
 * SC-081), domain-validation reuse (BR 4.2.1 and 3.2.2.4), verification-token lifetime, allowed
 * keys. A day is 86,400 seconds and the Validity Period counts notBefore through notAfter
 * inclusive (BR 1.6.1, 6.3.2).
 */
public final class IssuancePolicy {

    static final LocalDate SC081_STEP_1 = LocalDate.of(2026, 3, 15);
    static final LocalDate SC081_STEP_2 = LocalDate.of(2027, 3, 15);
    static final LocalDate SC081_STEP_3 = LocalDate.of(2029, 3, 15);

    private final DatedSchedule<Integer> maxValidityDays;
    private final DatedSchedule<Integer> evidenceReuseDays;
    private final Duration tokenLifetime;
    private final Set<KeyAlgorithm> allowedKeys;

    public IssuancePolicy(DatedSchedule<Integer> maxValidityDays, DatedSchedule<Integer> evidenceReuseDays,
                          Duration tokenLifetime, Set<KeyAlgorithm> allowedKeys) {
        this.maxValidityDays = maxValidityDays;
        this.evidenceReuseDays = evidenceReuseDays;
        this.tokenLifetime = tokenLifetime;
        this.allowedKeys = Set.copyOf(allowedKeys);
    }

    /** The Baseline Requirements 2.2.6 schedule. */
    public static IssuancePolicy baselineRequirements() {
        return new IssuancePolicy(
                // BR 6.3.2: 398 / 200 / 100 / 47 days
                DatedSchedule.of(Map.of(LocalDate.MIN, 398, SC081_STEP_1, 200, SC081_STEP_2, 100, SC081_STEP_3, 47)),
                // BR 4.2.1: domain and IP validation data reuse 398 / 200 / 100 / 10 days
                DatedSchedule.of(Map.of(LocalDate.MIN, 398, SC081_STEP_1, 200, SC081_STEP_2, 100, SC081_STEP_3, 10)),
                // BR 3.2.2.4: a Random Value is usable for at most 30 days
                Duration.ofDays(30),
                EnumSet.allOf(KeyAlgorithm.class));
    }

    /** The BR 6.3.2 maximum validity by issuance date, for showing the customer what lies ahead. */
    public DatedSchedule<Integer> maxValiditySchedule() {
        return maxValidityDays;
    }

    /** The BR 4.2.1 reuse period of validation data by validation date. */
    public DatedSchedule<Integer> evidenceReuseSchedule() {
        return evidenceReuseDays;
    }

    public int maxValidityDaysAt(Instant issuedAt) {
        return maxValidityDays.valueAt(issuedAt);
    }

    public Duration maxValidityAt(Instant issuedAt) {
        return Duration.ofDays(maxValidityDaysAt(issuedAt));
    }

    /**
     * The validity the CA issues when nobody asks for less: one day under the maximum, which is
     * exactly the BR 6.3.2 SHOULD NOT limit of every period (397 / 199 / 99 / 46 days). BR 6.3.2
     * advises against issuing the maximum by default, since a fraction of a second over it counts
     * as an extra day; the MUST limit stays the one {@link #checkValidity} enforces.
     */
    public int defaultValidityDaysAt(Instant issuedAt) {
        return Math.max(1, maxValidityDaysAt(issuedAt) - 1);
    }

    /** The default notAfter for a certificate issued at issuedAt, counting both ends inclusive (BR 6.3.2). */
    public Instant defaultNotAfter(Instant notBefore, Instant issuedAt) {
        return notBefore.plus(Duration.ofDays(defaultValidityDaysAt(issuedAt))).minusSeconds(1);
    }

    /** The latest notAfter for a certificate issued at issuedAt, counting both ends inclusive. */
    public Instant latestNotAfter(Instant notBefore, Instant issuedAt) {
        return notBefore.plus(maxValidityAt(issuedAt)).minusSeconds(1);
    }

    /** Refuses a validity that exceeds the maximum for the issuance date (BR 6.3.2). */
    public void checkValidity(Instant notBefore, Instant notAfter, Instant issuedAt) {
        if (!notAfter.isAfter(notBefore)) {
            throw new DomainException(Refusal.of("policy.notAfterFirst"));
        }
        if (notAfter.isAfter(latestNotAfter(notBefore, issuedAt))) {
            throw new DomainException(Refusal.of("policy.validityTooLong", issuedAt.toString().substring(0, 10),
                    String.valueOf(maxValidityDaysAt(issuedAt))));
        }
    }

    public int evidenceReuseDaysAt(Instant validatedAt) {
        return evidenceReuseDays.valueAt(validatedAt);
    }

    /**
     * Until when domain validation done at validatedAt may back a new certificate (BR 4.2.1).
     * The reuse limit applies at issuance, so a later, shorter step cuts older evidence short:
     * evidence from 2026-03-01 (398 days) stops at the 2027-03-15 step if 100 days have passed.
     */
    public Instant evidenceReusableUntil(Instant validatedAt) {
        Instant until = validatedAt.plus(Duration.ofDays(evidenceReuseDaysAt(validatedAt)));
        for (LocalDate step : evidenceReuseDays.steps().keySet()) {
            if (step.equals(LocalDate.MIN)) {
                continue;
            }
            Instant stepStart = step.atStartOfDay(ZoneOffset.UTC).toInstant();
            if (stepStart.isAfter(validatedAt) && stepStart.isBefore(until)) {
                Instant underStep = validatedAt.plus(Duration.ofDays(evidenceReuseDays.valueOn(step)));
                until = underStep.isAfter(stepStart) ? underStep : stepStart;
            }
        }
        return until;
    }

    public Duration tokenLifetime() {
        return tokenLifetime;
    }

    public Set<KeyAlgorithm> allowedKeys() {
        return allowedKeys;
    }

    /**
     * Boulder's WillingToIssue: refuses names the CA will not put in a public certificate.
     * Internal names are forbidden (BR 4.2.2, 7.1.2.7.12) except demo-zone names while the
     * embedded demo DNS serves that zone (SPEC.md, changes of 2026-11-25).
     */
    public void willingToIssue(Identifiers identifiers, boolean demoZoneServed) {
        for (DomainName name : identifiers.domainNames()) {
            if (name.isDemo() && !demoZoneServed) {
                throw new DomainException(Refusal.of("policy.demoName", name.display(), FieldName.NAMES));
            }
        }
    }

    public void checkKey(KeyAlgorithm algorithm) {
        if (algorithm == null || !allowedKeys.contains(algorithm)) {
            throw new DomainException(Refusal.of("policy.keyAlgorithm",
                    algorithm == null ? "(none)" : algorithm.displayName()));
        }
    }
}
