package org.certdesk.domain.calendar;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

/** A stretch of time one party was waited on; {@code until} is null while it still runs. */
public record Wait(Party party, Instant from, Instant until) {

    public Wait {
        Objects.requireNonNull(party, "party");
        Objects.requireNonNull(from, "from");
        if (until != null && until.isBefore(from)) {
            until = from; // evidence reused from before the submission costs no time
        }
    }

    public boolean isOpen() {
        return until == null;
    }

    public Instant endOr(Instant now) {
        return until == null ? now : until;
    }

    public Duration length(Instant now) {
        Instant end = endOr(now);
        return end.isAfter(from) ? Duration.between(from, end) : Duration.ZERO;
    }
}
