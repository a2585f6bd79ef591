package org.certdesk.ui.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.certdesk.application.admin.ShowPerspectives.PerspectiveStatus;
import org.certdesk.domain.verification.PerspectiveDistinctness;
import org.certdesk.domain.verification.RemotePerspective.Health;
import org.certdesk.domain.verification.RirRegion;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The admin's perspectives page on the embedded default: the five in-process agents, reached
 * over mutual TLS, each listed with its region, location, URL and a measured round trip.
 */
@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("adam")
class PerspectivesViewTest extends BrowserlessTest {

    @Test
    void theFiveEmbeddedAgentsAreListedUpWithTheirRoundTrip() {
        PerspectivesView view = navigate(PerspectivesView.class);

        List<PerspectiveStatus> shown = view.perspectives.getListDataView().getItems().toList();
        assertThat(shown).hasSize(5);
        assertThat(shown).extracting(PerspectiveStatus::region).containsExactlyInAnyOrder(RirRegion.values());
        assertThat(shown).extracting(PerspectiveStatus::name).contains("Frankfurt", "São Paulo");
        assertThat(shown).allSatisfy(p -> {
            assertThat(p.url()).startsWith("https://127.0.0.1:");
            assertThat(p.health()).isInstanceOf(Health.Up.class);
            assertThat(view.healthText(p.health())).matches("Up · [\\d,]+ ms");
        });
        PerspectiveStatus frankfurt = shown.stream().filter(p -> p.name().equals("Frankfurt")).findFirst().orElseThrow();
        assertThat(view.nearestText(frankfurt.nearest())).as("the simulated primary stands in Dublin").isEqualTo("primary (this CA) · 1,088 km");
        assertThat(shown).allSatisfy(p -> assertThat(p.nearest()).get().extracting(n -> n.distinct()).isEqualTo(true));
        assertThat(view.nearestText(java.util.Optional.of(new PerspectiveDistinctness.Neighbour("Paris", 478.4))))
                .isEqualTo("Paris · 478 km: too close, not distinct");
        assertThat(view.none.isVisible()).isFalse();
        assertThat(view.healthText(new Health.Down("unreachable: connection refused"))).isEqualTo("Down: unreachable: connection refused");

        test(view.refresh).click();
        assertThat(view.perspectives.getListDataView().getItems()).hasSize(5);
    }
}
