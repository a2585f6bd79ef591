package org.certdesk.application.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.certdesk.domain.account.AccountId;
import org.certdesk.domain.account.Actor;
import org.certdesk.application.port.PerspectiveDirectory;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.PerspectiveSite;
import org.certdesk.domain.verification.RemotePerspective;
import org.certdesk.domain.verification.RirRegion;
import org.certdesk.domain.verification.WebsiteFileFetcher;
import org.junit.jupiter.api.Test;

/** The admin's perspective overview: each perspective with its health, asked together; admins only. */
class ShowPerspectivesTest {

    @Test
    void eachPerspectiveIsListedWithItsHealthAndAFailingCheckIsShownDown() {
        PerspectiveDirectory directory = () -> List.of(
                new PerspectiveDirectory.Listed(site("Frankfurt", RirRegion.RIPE_NCC, () -> new RemotePerspective.Health.Up(12)),
                        "https://frankfurt:8443"),
                new PerspectiveDirectory.Listed(site("Singapore", RirRegion.APNIC, () -> new RemotePerspective.Health.Down("unreachable")),
                        "https://singapore:8443"),
                new PerspectiveDirectory.Listed(site("Broken", RirRegion.ARIN, () -> {
                    throw new IllegalStateException("no route");
                }), "https://broken:8443"));

        List<ShowPerspectives.PerspectiveStatus> shown = new ShowPerspectives(directory).perspectives(new Actor(new AccountId(1), "adam", Role.ADMIN, null));

        assertThat(shown).extracting(ShowPerspectives.PerspectiveStatus::name).containsExactly("Frankfurt", "Singapore", "Broken");
        assertThat(shown.get(0).health()).isEqualTo(new RemotePerspective.Health.Up(12));
        assertThat(shown.get(0).url()).isEqualTo("https://frankfurt:8443");
        assertThat(shown.get(0).region()).isEqualTo(RirRegion.RIPE_NCC);
        assertThat(shown.get(1).health()).isEqualTo(new RemotePerspective.Health.Down("unreachable"));
        assertThat(shown.get(2).health()).isEqualTo(new RemotePerspective.Health.Down("no route"));
    }

    @Test
    void onlyAnAdminSeesThem() {
        ShowPerspectives show = new ShowPerspectives(List::of);

        assertThatThrownBy(() -> show.perspectives(new Actor(new AccountId(2), "rita", Role.REVIEWER, null)))
                .isInstanceOf(NotPermittedException.class);
    }

    private static RemotePerspective site(String name, RirRegion region, java.util.function.Supplier<RemotePerspective.Health> health) {
        return new RemotePerspective() {
            @Override
            public PerspectiveSite site() {
                return new PerspectiveSite(name, region, name + " (test)");
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
