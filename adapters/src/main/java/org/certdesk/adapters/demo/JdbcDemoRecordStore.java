package org.certdesk.adapters.demo;

import java.time.Duration;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The demo zone's records in {@code demo_zone_record}, so every console node of a cluster answers
 * the same zone and a record published through node A is seen by node B's demo DNS server within
 * {@link #FRESH_FOR}; and a restart keeps them. Reads are served from a copy at most that old: the
 * DNS server asks on every query, the database need not. A write refreshes this node's copy at once.
 */
final class JdbcDemoRecordStore implements DemoRecordStore {

    static final Duration FRESH_FOR = Duration.ofMillis(500);

    private final JdbcClient jdbc;
    private List<DemoRecord> copy;
    private long copiedAt;

    JdbcDemoRecordStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public synchronized void add(DemoRecord record) {
        jdbc.sql("INSERT IGNORE INTO demo_zone_record (name, type, value_hash, value) VALUES (:name, :type, SHA2(:value, 256), :value)")
                .param("name", record.name()).param("type", record.type().name()).param("value", record.value()).update();
        copy = null;
    }

    @Override
    public synchronized boolean remove(DemoRecord record) {
        int removed = jdbc.sql("DELETE FROM demo_zone_record WHERE name = :name AND type = :type AND value_hash = SHA2(:value, 256)")
                .param("name", record.name()).param("type", record.type().name()).param("value", record.value()).update();
        copy = null;
        return removed > 0;
    }

    @Override
    public synchronized List<DemoRecord> list() {
        long now = System.nanoTime();
        if (copy == null || now - copiedAt > FRESH_FOR.toNanos()) {
            copy = jdbc.sql("SELECT name, type, value FROM demo_zone_record ORDER BY id")
                    .query((rs, n) -> new DemoRecord(rs.getString("name"), DemoRecordType.valueOf(rs.getString("type")), rs.getString("value")))
                    .list();
            copiedAt = now;
        }
        return copy;
    }
}
