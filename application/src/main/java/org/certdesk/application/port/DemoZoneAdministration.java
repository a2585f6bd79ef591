package org.certdesk.application.port;

import java.util.List;

/** Port: the whole demo zone's records, for the CA admin (customers only publish their own). */
public interface DemoZoneAdministration {

    enum RecordType { TXT, A, CAA }

    record ZoneRecord(String name, RecordType type, String value) {
    }

    /** The demo zone's name; empty when no demo zone is served. */
    String zone();

    List<ZoneRecord> records();

    /** Adds a record; refuses names outside the zone and values the type cannot carry. */
    void add(ZoneRecord record);

    boolean remove(ZoneRecord record);
}
