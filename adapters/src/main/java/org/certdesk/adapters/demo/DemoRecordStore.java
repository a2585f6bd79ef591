package org.certdesk.adapters.demo;

import java.util.List;

/** Where the demo zone's records are kept: this process's memory, or the database all console nodes share. */
interface DemoRecordStore {

    void add(DemoRecord record);

    boolean remove(DemoRecord record);

    /** Every record, in the order they were added. */
    List<DemoRecord> list();

    /** One process's memory: tests, and a zone nobody else must see. */
    static DemoRecordStore inMemory() {
        java.util.Set<DemoRecord> records = new java.util.LinkedHashSet<>();
        return new DemoRecordStore() {
            @Override
            public synchronized void add(DemoRecord record) {
                records.add(record);
            }

            @Override
            public synchronized boolean remove(DemoRecord record) {
                return records.remove(record);
            }

            @Override
            public synchronized List<DemoRecord> list() {
                return List.copyOf(records);
            }
        };
    }
}
