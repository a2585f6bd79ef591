package org.certdesk.domain.policy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * A value that changes on fixed dates, as the CA/B Forum phases in its rules: each entry holds
 * from its date (inclusive, 00:00 UTC) until the next entry's date. The first entry also covers
 * everything before it, since the BR state "issued before" for the oldest step.
 */
public final class DatedSchedule<T> {

    private final NavigableMap<LocalDate, T> steps;

    private DatedSchedule(NavigableMap<LocalDate, T> steps) {
        this.steps = steps;
    }

    public static <T> DatedSchedule<T> of(Map<LocalDate, T> steps) {
        if (steps.isEmpty()) {
            throw new IllegalArgumentException("A dated schedule needs at least one step");
        }
        return new DatedSchedule<>(new TreeMap<>(steps));
    }

    public T valueOn(LocalDate date) {
        Map.Entry<LocalDate, T> step = steps.floorEntry(date);
        return step != null ? step.getValue() : steps.firstEntry().getValue();
    }

    /** The BR count dates in UTC. */
    public T valueAt(Instant instant) {
        return valueOn(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    /** The steps that start after date: the changes still ahead. */
    public NavigableMap<LocalDate, T> stepsAfter(LocalDate date) {
        return java.util.Collections.unmodifiableNavigableMap(steps.tailMap(date, false));
    }

    public NavigableMap<LocalDate, T> steps() {
        return java.util.Collections.unmodifiableNavigableMap(steps);
    }
}
