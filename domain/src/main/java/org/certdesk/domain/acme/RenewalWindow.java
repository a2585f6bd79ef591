package org.certdesk.domain.acme;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * The suggested renewal window of RFC 9773 4.2. Ordinarily it opens two thirds into the
 * certificate's lifetime and lasts a twelfth of it, well before expiry; an admin's override or a
 * revocation moves it to "now", which clients read as "renew immediately".
 */
public record RenewalWindow(Instant start, Instant end, String reason) {

    public RenewalWindow {
        Objects.requireNonNull(start);
        Objects.requireNonNull(end);
        if (end.isBefore(start)) {
            throw new IllegalArgumentException("A renewal window ends after it starts");
        }
    }

    public static RenewalWindow ordinary(Instant notBefore, Instant notAfter) {
        Duration lifetime = Duration.between(notBefore, notAfter);
        Instant start = notBefore.plus(lifetime.multipliedBy(2).dividedBy(3));
        return new RenewalWindow(start, start.plus(lifetime.dividedBy(12)), null);
    }

    /** Renew before the given instant: the window closes then (or now, if that has passed). */
    public static RenewalWindow renewBy(Instant renewBy, Instant now, String why) {
        Instant end = renewBy.isAfter(now) ? renewBy : now.plusSeconds(1);
        Instant start = now.minus(Duration.ofHours(1));
        return new RenewalWindow(start, end, why);
    }

    public Optional<String> explanation() {
        return Optional.ofNullable(reason);
    }
}
