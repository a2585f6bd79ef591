package org.certdesk.adapters.demo;

import java.util.List;

/**
 * The demo zone's editable records, for the console (admins for the whole zone, customers for
 * their names under it). Kept in the database on the console: every node sees them, a restart keeps them.
 */
public interface DemoZoneRecords {

    /** The zone apex, e.g. {@code example.test}. */
    String zone();

    /** Adds a record; refuses names outside the zone and values its type cannot carry. */
    void add(DemoRecord record);

    /** @return whether the record was there */
    boolean remove(DemoRecord record);

    List<DemoRecord> list();
}
