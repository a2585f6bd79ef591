package org.certdesk.adapters.demo;

import java.util.Locale;
import java.util.Objects;

/**
 * One record of the demo zone: an absolute name without the trailing dot (lower case), a type and
 * its value in presentation form ({@code 127.0.0.1}, a TXT text, {@code 0 issue "ca.example"}).
 */
public record DemoRecord(String name, DemoRecordType type, String value) {

    public DemoRecord {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(value, "value");
        name = name.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
    }
}
