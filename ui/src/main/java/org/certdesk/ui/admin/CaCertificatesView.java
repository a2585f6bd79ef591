package org.certdesk.ui.admin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.certdesk.application.admin.ShowCaHierarchy;
import org.certdesk.application.port.CaPublication.Authority;
import org.certdesk.ui.components.Errors;
import org.certdesk.ui.security.CurrentUser;

/** The CA hierarchy with download links (the public /ca and /crl addresses) and each CRL's last update. */
@Route(value = "admin/ca")
@RolesAllowed("ADMIN")
public class CaCertificatesView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    public CaCertificatesView(ShowCaHierarchy showCaHierarchy, CurrentUser currentUser) {
        addClassName("ca-certificates-view");
        setSizeFull();
        add(new H2(getTranslation("ca.title")), new Paragraph(getTranslation("ca.hint")));
        Anchor root = new Anchor("/ca/root.crt", getTranslation("ca.rootPem"));
        root.getElement().setAttribute("download", true);
        add(root);
        Grid<Authority> grid = new Grid<>();
        grid.setId("ca-certificates");
        grid.addColumn(Authority::role).setHeader(getTranslation("ca.col.role")).setAutoWidth(true);
        grid.addColumn(Authority::subject).setHeader(getTranslation("ca.col.subject")).setFlexGrow(2);
        grid.addColumn(a -> "#" + a.crlNumber() + " · " + TIME.format(a.crlThisUpdate()) + " → " + TIME.format(a.crlNextUpdate()))
                .setHeader(getTranslation("ca.col.crl")).setFlexGrow(2);
        grid.addComponentColumn(a -> new HorizontalLayout(new Anchor("/ca/" + a.id() + ".crt", getTranslation("ca.certificate")),
                new Anchor("/crl/" + a.id() + ".crl", "CRL"))).setHeader(getTranslation("ca.col.download")).setAutoWidth(true);
        grid.setItems(Errors.attempt(() -> showCaHierarchy.authorities(currentUser.actor())).orElse(java.util.List.of()));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ca.title") + " · CertDesk";
    }
}
