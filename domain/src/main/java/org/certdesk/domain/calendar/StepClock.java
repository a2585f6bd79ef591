package org.certdesk.domain.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

/**
 * One progress step's SLA clock: who it waits on now and since when, the date it is due by from
 * the business calendar, whether that date has passed, and the time each side has had so far.
 *
 * @param due      null when the step has no target (the customer's side of a DV application)
 * @param overdue  the due date passed while the step was still open (or it was finished late)
 */
public record StepClock(Optional<Party> waitingOn, Instant since, LocalDate due, boolean overdue,
                        Duration onCustomer, Duration onCa) {

    /**
     * @param waits    the step's waits in order; the last open one is who is waited on now
     * @param due      the step's target date, or null
     * @param dueParty whose lateness counts: a step is overdue only while (or if it ended while) that side held it
     */
    public static StepClock of(List<Wait> waits, LocalDate due, Party dueParty, Instant now) {
        Optional<Wait> open = waits.stream().filter(Wait::isOpen).reduce((first, second) -> second);
        Duration customer = total(waits, Party.CUSTOMER, now);
        Duration ca = total(waits, Party.CA, now);
        boolean overdue = due != null && waits.stream().filter(w -> w.party() == dueParty)
                .anyMatch(w -> day(w.endOr(now)).isAfter(due));
        Instant since = open.map(Wait::from).orElse(null);
        return new StepClock(open.map(Wait::party), since, due, overdue, customer, ca);
    }

    private static Duration total(List<Wait> waits, Party party, Instant now) {
        return waits.stream().filter(w -> w.party() == party).map(w -> w.length(now)).reduce(Duration.ZERO, Duration::plus);
    }

    /** The BR and the calendar count days in UTC. */
    static LocalDate day(Instant instant) {
        return LocalDate.ofInstant(instant, ZoneOffset.UTC);
    }
}
