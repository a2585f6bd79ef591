package org.certdesk.domain.verification;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * BR 3.2.2.9: "Network Perspectives are considered distinct when the straight-line distance
 * between them is at least 500 km", and a perspective is remote only when it is distinct from the
 * Primary Network Perspective and from the others of a quorum. The CA asks every configured
 * perspective, so every pair must be distinct, and each from the primary. Each agent uses its own
 * co-located resolver, so the same distances hold for the resolvers the BR also keep 500 km apart.
 */
public final class PerspectiveDistinctness {

    public static final double MINIMUM_KILOMETRES = 500;
    /** The name the primary goes by in the violations and neighbours below. */
    public static final String PRIMARY = "primary";

    private PerspectiveDistinctness() {
    }

    /** What keeps a set of perspectives from counting as remote. */
    public sealed interface Violation {
        String describe();

        record NoPosition(String perspective) implements Violation {
            @Override
            public String describe() {
                return "perspective " + perspective + " has no position, so it cannot be shown 500 km from the others";
            }
        }

        record TooClose(String first, String second, double kilometres) implements Violation {
            @Override
            public String describe() {
                return "%s and %s are %.0f km apart; distinct Network Perspectives are at least %.0f km apart (BR 3.2.2.9)"
                        .formatted(first, second, kilometres, MINIMUM_KILOMETRES);
            }
        }
    }

    /** The nearest other perspective (or the primary) to one perspective. */
    public record Neighbour(String name, double kilometres) {
        public boolean distinct() {
            return kilometres >= MINIMUM_KILOMETRES;
        }
    }

    public static List<Violation> violations(GeoPoint primary, List<PerspectiveSite> sites) {
        List<Violation> found = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            PerspectiveSite site = sites.get(i);
            if (site.position().isEmpty()) {
                found.add(new Violation.NoPosition(site.name()));
                continue;
            }
            GeoPoint at = site.position().get();
            double fromPrimary = at.kilometresTo(primary);
            if (fromPrimary < MINIMUM_KILOMETRES) {
                found.add(new Violation.TooClose(site.name(), PRIMARY, fromPrimary));
            }
            for (PerspectiveSite other : sites.subList(i + 1, sites.size())) {
                if (other.position().isPresent()) {
                    double apart = at.kilometresTo(other.position().get());
                    if (apart < MINIMUM_KILOMETRES) {
                        found.add(new Violation.TooClose(site.name(), other.name(), apart));
                    }
                }
            }
        }
        return found;
    }

    /** The site's nearest neighbour among the others and the primary; empty when its position is not known. */
    public static Optional<Neighbour> nearest(PerspectiveSite site, Optional<GeoPoint> primary, List<PerspectiveSite> sites) {
        if (site.position().isEmpty()) {
            return Optional.empty();
        }
        GeoPoint at = site.position().get();
        List<Neighbour> neighbours = new ArrayList<>();
        primary.ifPresent(p -> neighbours.add(new Neighbour(PRIMARY, at.kilometresTo(p))));
        sites.stream().filter(other -> !other.name().equals(site.name()) && other.position().isPresent())
                .forEach(other -> neighbours.add(new Neighbour(other.name(), at.kilometresTo(other.position().get()))));
        return neighbours.stream().min(Comparator.comparingDouble(Neighbour::kilometres));
    }
}
