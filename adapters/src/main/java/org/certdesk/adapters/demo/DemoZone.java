package org.certdesk.adapters.demo;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.certdesk.domain.verification.CaaRecord;

/**
 * The demo zone: its apex, the rules a record must follow, and the records, kept in a
 * {@link DemoRecordStore} (the database on the console, so every node answers the same zone; memory
 * in tests). Safe to edit while the demo DNS server reads it.
 */
public final class DemoZone implements DemoZoneRecords {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9_]([a-z0-9_-]{0,61}[a-z0-9_])?");
    private static final Pattern IPV4 = Pattern.compile("((25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)\\.){3}(25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)");

    private final String zone;
    private final DemoRecordStore records;

    /** A zone in this process's memory only. */
    public DemoZone(String zone) {
        this(zone, DemoRecordStore.inMemory());
    }

    DemoZone(String zone, DemoRecordStore records) {
        String apex = zone.strip().toLowerCase(Locale.ROOT);
        apex = apex.endsWith(".") ? apex.substring(0, apex.length() - 1) : apex;
        // Only under the reserved .test TLD (RFC 6761): a demo zone named like a real domain would
        // let anyone "prove" control of that domain to this CA.
        if (!apex.endsWith(".test") || !isDnsName(apex)) {
            throw new IllegalArgumentException("The demo zone must be a name under .test, not '" + zone + "'.");
        }
        this.zone = apex;
        this.records = records;
    }

    @Override
    public String zone() {
        return zone;
    }

    /** Whether the name is the apex or below it. */
    public boolean contains(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        return n.equals(zone) || n.endsWith("." + zone);
    }

    @Override
    public void add(DemoRecord record) {
        if (!contains(record.name()) || !isDnsName(record.name())) {
            throw new IllegalArgumentException("'" + record.name() + "' is not a name in the demo zone " + zone + ".");
        }
        checkValue(record);
        records.add(record);
    }

    @Override
    public boolean remove(DemoRecord record) {
        return records.remove(record);
    }

    @Override
    public List<DemoRecord> list() {
        return records.list();
    }

    private static void checkValue(DemoRecord record) {
        String value = record.value();
        boolean valid = switch (record.type()) {
            case A -> IPV4.matcher(value).matches();
            case CAA -> CaaRecord.parse(value).filter(c -> c.flags() <= 255).isPresent();
            case TXT -> !value.isEmpty() && value.length() <= 4000;
        };
        if (!valid) {
            throw new IllegalArgumentException("'" + value + "' is not a valid " + record.type() + " value"
                    + (record.type() == DemoRecordType.CAA ? " (expected e.g. 0 issue \"ca.example\")." : "."));
        }
    }

    private static boolean isDnsName(String name) {
        if (name.length() > 253) {
            return false;
        }
        for (String label : name.split("\\.", -1)) {
            if (!LABEL.matcher(label).matches()) {
                return false;
            }
        }
        return true;
    }
}
