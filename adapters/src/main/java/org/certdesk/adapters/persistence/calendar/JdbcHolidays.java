package org.certdesk.adapters.persistence.calendar;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;

import org.certdesk.domain.calendar.BusinessCalendar;
import org.certdesk.domain.calendar.Holiday;
import org.certdesk.domain.calendar.Holidays;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.Refusal;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * The holiday table, with the business calendar made from it cached in memory: every due date
 * on every queue row needs it, and it changes a few times a year. Each edit counts up a
 * generation, again once its transaction has ended, and a cached calendar is used only for the
 * generation it was loaded in, so a calendar read while an edit was still uncommitted is never
 * kept past the commit.
 */
@Component
class JdbcHolidays implements Holidays {

    private final JdbcClient jdbc;
    private final AtomicLong generation = new AtomicLong();
    private final AtomicReference<Cached> cached = new AtomicReference<>();

    JdbcHolidays(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public List<Holiday> inYear(int year) {
        return jdbc.sql("SELECT holiday_date, name FROM holiday WHERE holiday_date BETWEEN :first AND :last ORDER BY holiday_date")
                .param("first", LocalDate.of(year, 1, 1)).param("last", LocalDate.of(year, 12, 31))
                .query(JdbcHolidays::holiday).list();
    }

    @Override
    public Optional<Holiday> on(LocalDate date) {
        return jdbc.sql("SELECT holiday_date, name FROM holiday WHERE holiday_date = :date")
                .param("date", date).query(JdbcHolidays::holiday).optional();
    }

    @Override
    public void add(Holiday holiday) {
        try {
            jdbc.sql("INSERT INTO holiday (holiday_date, name) VALUES (:date, :name)")
                    .param("date", holiday.date()).param("name", holiday.name()).update();
        } catch (DuplicateKeyException alreadyThere) {
            throw new DomainException(Refusal.of("holiday.alreadyOne", holiday.date().toString(), FieldName.of("holidayDate")));
        }
        edited();
    }

    @Override
    public boolean remove(LocalDate date) {
        boolean removed = jdbc.sql("DELETE FROM holiday WHERE holiday_date = :date").param("date", date).update() > 0;
        edited();
        return removed;
    }

    @Override
    public BusinessCalendar calendar() {
        long current = generation.get();
        Cached known = cached.get();
        if (known != null && known.generation() == current) {
            return known.calendar();
        }
        BusinessCalendar loaded = new BusinessCalendar(jdbc.sql("SELECT holiday_date FROM holiday")
                .query((rs, n) -> rs.getObject("holiday_date", LocalDate.class)).list());
        cached.set(new Cached(current, loaded));
        return loaded;
    }

    private void edited() {
        generation.incrementAndGet();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    generation.incrementAndGet();
                }
            });
        }
    }

    private static Holiday holiday(ResultSet rs, int row) throws SQLException {
        return new Holiday(rs.getObject("holiday_date", LocalDate.class), rs.getString("name"));
    }

    private record Cached(long generation, BusinessCalendar calendar) {
    }
}
