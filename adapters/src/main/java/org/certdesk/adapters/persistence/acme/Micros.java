package org.certdesk.adapters.persistence.acme;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** DATETIME(6) keeps microseconds: an instant is truncated before it is written, so it reads back equal. */
final class Micros {

    private Micros() {
    }

    static Instant of(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
