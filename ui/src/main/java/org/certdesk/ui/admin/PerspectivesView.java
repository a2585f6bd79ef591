package org.certdesk.ui.admin;

import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.certdesk.application.admin.ShowPerspectives;
import org.certdesk.application.admin.ShowPerspectives.PerspectiveStatus;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.verification.PerspectiveDistinctness;
import org.certdesk.domain.verification.PerspectiveDistinctness.Neighbour;
import org.certdesk.domain.verification.RemotePerspective.Health;
import org.certdesk.ui.components.Errors;
import org.certdesk.ui.security.CurrentUser;

/**
 * The CA admin's list of remote perspectives (BR 3.2.2.9): where each stands and how far from its
 * nearest neighbour, its agent's URL and its health now.
 */
@Route(value = "admin/perspectives")
@RolesAllowed("ADMIN")
public class PerspectivesView extends VerticalLayout implements HasDynamicTitle {

    final Grid<PerspectiveStatus> perspectives = new Grid<>();
    final Button refresh = new Button();
    final Paragraph none = new Paragraph();
    private final ShowPerspectives showPerspectives;
    private final Actor actor;

    public PerspectivesView(ShowPerspectives showPerspectives, CurrentUser currentUser) {
        this.showPerspectives = showPerspectives;
        this.actor = currentUser.actor();
        addClassName("perspectives-view");
        setSizeFull();
        add(new H2(getTranslation("perspectives.title")), new Paragraph(getTranslation("perspectives.hint")));
        refresh.setText(getTranslation("perspectives.refresh"));
        refresh.setIcon(VaadinIcon.REFRESH.create());
        refresh.setId("perspectives-refresh");
        refresh.addClickListener(click -> refresh());
        none.setText(getTranslation("perspectives.none"));
        perspectives.setId("perspectives");
        perspectives.addColumn(PerspectiveStatus::name).setHeader(getTranslation("perspectives.col.name")).setAutoWidth(true);
        perspectives.addColumn(p -> p.region().name()).setHeader(getTranslation("perspectives.col.region")).setAutoWidth(true);
        perspectives.addColumn(PerspectiveStatus::location).setHeader(getTranslation("perspectives.col.location")).setFlexGrow(3);
        perspectives.addColumn(p -> nearestText(p.nearest())).setHeader(getTranslation("perspectives.col.nearest")).setAutoWidth(true);
        perspectives.addColumn(PerspectiveStatus::url).setHeader(getTranslation("perspectives.col.url")).setAutoWidth(true);
        perspectives.addComponentColumn(p -> healthBadge(p.health())).setHeader(getTranslation("perspectives.col.health")).setAutoWidth(true);
        add(refresh, none, perspectives);
        refresh();
    }

    void refresh() {
        List<PerspectiveStatus> found = Errors.attempt(() -> showPerspectives.perspectives(actor)).orElse(List.of());
        perspectives.setItems(found);
        none.setVisible(found.isEmpty());
    }

    String healthText(Health health) {
        return switch (health) {
            case Health.Up up -> getTranslation("perspectives.up", up.roundTripMillis());
            case Health.Down down -> getTranslation("perspectives.down", down.detail());
        };
    }

    /** BR 3.2.2.9: perspectives are distinct (so count as remote) 500 km from the primary and each other. */
    String nearestText(Optional<Neighbour> nearest) {
        return nearest.map(n -> getTranslation(n.distinct() ? "perspectives.nearest" : "perspectives.nearest.tooClose",
                        PerspectiveDistinctness.PRIMARY.equals(n.name()) ? getTranslation("perspectives.primary") : n.name(),
                        Math.round(n.kilometres())))
                .orElse(getTranslation("perspectives.nearest.unknown"));
    }

    private Span healthBadge(Health health) {
        Span badge = new Span(healthText(health));
        badge.getElement().getThemeList().add(health instanceof Health.Up ? "badge success" : "badge error");
        return badge;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("perspectives.title") + " · CertDesk";
    }
}
