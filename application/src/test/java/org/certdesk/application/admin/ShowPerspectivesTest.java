package org.certdesk.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Optional;

import org.certdesk.domain.account.AccountId;
import org.certdesk.domain.account.Actor;
import org.certdesk.application.port.PerspectiveDirectory;
import org.certdesk.application.port.PerspectiveDirectory.Listed;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.GeoPoint;
import org.certdesk.domain.verification.PerspectiveDistinctness;
import org.certdesk.domain.verification.PerspectiveSite;
import org.certdesk.domain.verification.RemotePerspective;
import org.certdesk.domain.verification.RirRegion;
import org.certdesk.domain.verification.WebsiteFileFetcher;
import org.junit.jupiter.api.Test;

/** The admin's perspective overview: each perspective with its health, asked together; admins only. */
class ShowPerspectivesTest {

    static final GeoPoint DUBLIN = new GeoPoint(53.3498, -6.2603);
    static final GeoPoint FRANKFURT = new GeoPoint(50.1109, 8.6821);
    static final GeoPoint SINGAPORE = new GeoPoint(1.3521, 103.8198);

    @Test
    void eachPerspectiveIsListedWithItsHealthAndAFailingCheckIsShownDown() {
        PerspectiveDirectory directory = new Directory(List.of(
                new PerspectiveDirectory.Listed(site("Frankfurt", RirRegion.RIPE_NCC, FRANKFURT, () -> new RemotePerspective.Health.Up(12)),
                        "https://frankfurt:8443"),
                new PerspectiveDirectory.Listed(site("Singapore", RirRegion.APNIC, SINGAPORE,
                        () -> new RemotePerspective.Health.Down("unreachable")), "https://singapore:8443"),
                new PerspectiveDirectory.Listed(site("Broken", RirRegion.ARIN, null, () -> {
                    throw new IllegalStateException("no route");
                }), "https://broken:8443")), Optional.of(DUBLIN));

        List<ShowPerspectives.PerspectiveStatus> shown = new ShowPerspectives(directory).perspectives(new Actor(new AccountId(1), "adam", Role.ADMIN, null));

        assertThat(shown).extracting(ShowPerspectives.PerspectiveStatus::name).containsExactly("Frankfurt", "Singapore", "Broken");
        assertThat(shown.get(0).health()).isEqualTo(new RemotePerspective.Health.Up(12));
        assertThat(shown.get(0).url()).isEqualTo("https://frankfurt:8443");
        assertThat(shown.get(0).region()).isEqualTo(RirRegion.RIPE_NCC);
        assertThat(shown.get(1).health()).isEqualTo(new RemotePerspective.Health.Down("unreachable"));
        assertThat(shown.get(2).health()).isEqualTo(new RemotePerspective.Health.Down("no route"));
    }

    @Test
    void eachPerspectiveShowsItsNearestNeighbourThePrimaryIncluded() {
        PerspectiveDirectory directory = new Directory(List.of(
                new PerspectiveDirectory.Listed(site("Frankfurt", RirRegion.RIPE_NCC, FRANKFURT, () -> new RemotePerspective.Health.Up(1)), "a"),
                new PerspectiveDirectory.Listed(site("Singapore", RirRegion.APNIC, SINGAPORE, () -> new RemotePerspective.Health.Up(1)), "b"),
                new PerspectiveDirectory.Listed(site("Unplaced", RirRegion.ARIN, null, () -> new RemotePerspective.Health.Up(1)), "c")),
                Optional.of(DUBLIN));

        List<ShowPerspectives.PerspectiveStatus> shown = new ShowPerspectives(directory).perspectives(new Actor(new AccountId(1), "adam", Role.ADMIN, null));

        assertThat(shown.get(0).nearest()).get().satisfies(n -> {
            assertThat(n.name()).isEqualTo(PerspectiveDistinctness.PRIMARY);
            assertThat(n.kilometres()).isBetween(1080.0, 1095.0);
            assertThat(n.distinct()).isTrue();
        });
        assertThat(shown.get(1).nearest()).get().extracting(PerspectiveDistinctness.Neighbour::name).isEqualTo("Frankfurt");
        assertThat(shown.get(2).nearest()).as("no position, no distance").isEmpty();
        assertThat(shown.get(2).position()).isEmpty();
    }

    @Test
    void onlyAnAdminSeesThem() {
        ShowPerspectives show = new ShowPerspectives(new Directory(List.of(), Optional.empty()));

        assertThatThrownBy(() -> show.perspectives(new Actor(new AccountId(2), "rita", Role.REVIEWER, null)))
                .isInstanceOf(NotPermittedException.class);
    }

    private record Directory(List<Listed> listed, Optional<GeoPoint> primaryPosition) implements PerspectiveDirectory {
    }

    private static RemotePerspective site(String name, RirRegion region, GeoPoint position,
                                          java.util.function.Supplier<RemotePerspective.Health> health) {
        return new RemotePerspective() {
            @Override
            public PerspectiveSite site() {
                return new PerspectiveSite(name, region, name + " (test)", Optional.ofNullable(position));
            }

            @Override
            public DnsLookup dns() {
                throw new UnsupportedOperationException("not asked by the overview");
            }

            @Override
            public WebsiteFileFetcher files() {
                throw new UnsupportedOperationException("not asked by the overview");
            }

            @Override
            public Health health() {
                return health.get();
            }
        };
    }
}
