package org.certdesk.domain.verification;

import java.util.Objects;

/** Where a remote Network Perspective stands (BR 3.2.2.9): its name, RIR region and location, as configured. */
public record PerspectiveSite(String name, RirRegion region, String location) {

    public PerspectiveSite {
        Objects.requireNonNull(name);
        Objects.requireNonNull(region);
        Objects.requireNonNull(location);
    }
}
