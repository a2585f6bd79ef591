package org.certdesk.domain.verification;

import java.util.Objects;
import java.util.Optional;

/**
 * Where a remote Network Perspective stands (BR 3.2.2.9): its name, RIR region and location, as
 * configured, and its position, without which it cannot be shown distinct from the others
 * ({@link PerspectiveDistinctness}).
 */
public record PerspectiveSite(String name, RirRegion region, String location, Optional<GeoPoint> position) {

    public PerspectiveSite {
        Objects.requireNonNull(name);
        Objects.requireNonNull(region);
        Objects.requireNonNull(location);
        Objects.requireNonNull(position);
    }

    public PerspectiveSite(String name, RirRegion region, String location, GeoPoint position) {
        this(name, region, location, Optional.of(position));
    }

    /** A site whose position is not known (tests, or a perspective the distance rule is not applied to). */
    public PerspectiveSite(String name, RirRegion region, String location) {
        this(name, region, location, Optional.empty());
    }
}
