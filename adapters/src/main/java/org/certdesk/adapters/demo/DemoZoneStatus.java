package org.certdesk.adapters.demo;

import java.util.Optional;

/**
 * Whether the embedded demo DNS serves the demo zone. Issuance accepts internal (demo-zone)
 * names only while it does; a configured resolver turns it off.
 */
public record DemoZoneStatus(Optional<String> zone) {

    public static DemoZoneStatus served(String zone) {
        return new DemoZoneStatus(Optional.of(zone));
    }

    public static DemoZoneStatus off() {
        return new DemoZoneStatus(Optional.empty());
    }

    public boolean isServed() {
        return zone.isPresent();
    }
}
