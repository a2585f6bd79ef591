package org.certdesk.domain.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

import org.certdesk.domain.certificate.Certificate;

/**
 * The SLA clocks of one application round (SPEC "Review durations"): per step who is waited on,
 * since when and by which business day it is due, and for the whole round the time spent
 * waiting on each side. Targets: first CA contact within 1 business day (OV/EV), the decision
 * within 1-2 (DV) or 3-7 (OV/EV) business days of the submission, and the automatic failure of
 * an OV/EV application not issued within 30 calendar days. The customer's own steps have no
 * business-day target; for OV/EV the automatic failure is their deadline.
 *
 * @param organizationVerification empty for DV, where the CA contacts no one
 * @param failsAutomaticallyOn      empty for DV
 * @param waitingOn                 empty once the round has ended
 * @param onCustomer                time some step waited on the customer; the rest of the round waited on the CA
 * @param asOf                      the moment the clocks were read, for "today" and "yesterday"
 */
public record SlaClocks(StepClock domainVerification, Optional<StepClock> organizationVerification, StepClock caReview,
                        Optional<LocalDate> failsAutomaticallyOn, Optional<Party> waitingOn, Instant waitingSince,
                        Duration onCustomer, Duration onCa, Instant asOf) {

    public static SlaClocks of(ApplicationTimeline round, BusinessCalendar calendar, Instant now) {
        ExpectedDates expected = ExpectedDates.forSubmission(round.type(), StepClock.day(round.submittedAt()), calendar);
        boolean organization = round.type().validatesOrganization();
        Optional<LocalDate> failsOn = organization
                ? Optional.of(StepClock.day(round.submittedAt().plus(Certificate.REVIEW_DEADLINE))) : Optional.empty();
        Instant end = round.endedAt();

        List<Wait> domainWaits = List.of(new Wait(Party.CUSTOMER, round.submittedAt(), first(round.domainsVerifiedAt(), end)));
        StepClock domains = StepClock.of(domainWaits, failsOn.orElse(null), Party.CUSTOMER, now);

        List<Wait> organizationWaits = new ArrayList<>();
        Optional<StepClock> organizationClock = Optional.empty();
        if (organization) {
            Instant contact = first(round.firstContactAt(), end);
            organizationWaits.add(new Wait(Party.CA, round.submittedAt(), contact));
            if (round.firstContactAt() != null) {
                organizationWaits.add(new Wait(Party.CUSTOMER, round.firstContactAt(), first(round.organizationConfirmedAt(), end)));
            }
            organizationClock = Optional.of(round.firstContactAt() == null
                    ? StepClock.of(organizationWaits, expected.firstContactBy(), Party.CA, now)
                    : StepClock.of(organizationWaits, failsOn.orElseThrow(), Party.CUSTOMER, now));
        }

        Instant ready = round.readyForDecisionAt();
        List<Wait> reviewWaits = ready == null || (end != null && end.isBefore(ready)) ? List.of() : List.of(new Wait(Party.CA, ready, end));
        StepClock review = StepClock.of(reviewWaits, expected.issuedLatest(), Party.CA, now);

        List<Wait> customerWaits = new ArrayList<>(domainWaits);
        organizationWaits.stream().filter(w -> w.party() == Party.CUSTOMER).forEach(customerWaits::add);
        Instant until = end == null ? now : end;
        Duration onCustomer = unionLength(customerWaits, now);
        Duration elapsed = until.isAfter(round.submittedAt()) ? Duration.between(round.submittedAt(), until) : Duration.ZERO;

        Optional<Party> waitingOn = Optional.empty();
        Instant since = null;
        if (end == null) {
            Optional<Wait> customerTurn = customerWaits.stream().filter(Wait::isOpen).min(Comparator.comparing(Wait::from));
            waitingOn = Optional.of(customerTurn.isPresent() ? Party.CUSTOMER : Party.CA);
            since = customerTurn.map(Wait::from).orElseGet(() -> customerWaits.stream().map(w -> w.endOr(now))
                    .max(Comparator.naturalOrder()).orElse(round.submittedAt()));
        }
        return new SlaClocks(domains, organizationClock, review, failsOn, waitingOn, since, onCustomer, elapsed.minus(onCustomer),
                now);
    }

    /** Whether a step still open is past its due date: the list marks such an application overdue. */
    public boolean openStepOverdue() {
        return Stream.concat(Stream.of(domainVerification, caReview), organizationVerification.stream())
                .anyMatch(step -> step.waitingOn().isPresent() && step.overdue());
    }

    /** The earlier of two moments, either of which may not have happened yet. */
    private static Instant first(Instant a, Instant b) {
        if (a == null) {
            return b;
        }
        return b == null || a.isBefore(b) ? a : b;
    }

    /** Time covered by at least one of the waits: parallel waits on the customer count once. */
    private static Duration unionLength(List<Wait> waits, Instant now) {
        List<Wait> sorted = waits.stream().sorted(Comparator.comparing(Wait::from)).toList();
        Duration total = Duration.ZERO;
        Instant coveredUntil = null;
        for (Wait wait : sorted) {
            Instant start = coveredUntil != null && coveredUntil.isAfter(wait.from()) ? coveredUntil : wait.from();
            Instant stop = wait.endOr(now);
            if (stop.isAfter(start)) {
                total = total.plus(Duration.between(start, stop));
                coveredUntil = stop;
            }
        }
        return total;
    }
}
