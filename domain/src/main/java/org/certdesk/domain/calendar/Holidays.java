package org.certdesk.domain.calendar;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.certdesk.domain.shared.DomainRepository;

/**
 * Port: the statutory holidays the CA admin keeps, and the business calendar made from them.
 * calendar() always reflects the last committed edit, so due dates move as soon as a holiday
 * is added or removed.
 */
@DomainRepository
public interface Holidays {

    /** The year's holidays, by date. */
    List<Holiday> inYear(int year);

    Optional<Holiday> on(LocalDate date);

    /** Records a holiday on a date that has none yet. */
    void add(Holiday holiday);

    /** Removes the date's holiday; false if it had none. */
    boolean remove(LocalDate date);

    BusinessCalendar calendar();
}
