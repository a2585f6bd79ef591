package org.certdesk.ui.console;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.certdesk.ui.components.EmptyState;

/** The customer's "SSL Certificates" page with the seed's three tabs. */
@Route(value = "certificates")
@RolesAllowed("CUSTOMER")
public class SslCertificatesView extends VerticalLayout implements HasDynamicTitle {

    public SslCertificatesView() {
        addClassName("ssl-certificates-view");
        H2 title = new H2(getTranslation("certificates.title"));

        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("certificates.tab.overview"),
                new EmptyState(VaadinIcon.DASHBOARD, getTranslation("certificates.overview.empty.title"),
                        getTranslation("certificates.overview.empty.hint")));
        tabs.add(getTranslation("certificates.tab.manage"),
                new EmptyState(VaadinIcon.LOCK, getTranslation("certificates.manage.empty.title"),
                        getTranslation("certificates.manage.empty.hint")));
        tabs.add(getTranslation("certificates.tab.uploaded"),
                new EmptyState(VaadinIcon.UPLOAD, getTranslation("certificates.uploaded.empty.title"),
                        getTranslation("certificates.uploaded.empty.hint")));
        add(title, tabs);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("certificates.title") + " · CertDesk";
    }
}
