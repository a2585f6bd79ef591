package org.certdesk.ui.admin;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.certdesk.ui.components.EmptyState;

/** The CA admin's area: CA hierarchy, calendar, products, accounts, audit. */
@Route(value = "admin")
@RolesAllowed("ADMIN")
public class AdminView extends VerticalLayout implements HasDynamicTitle {

    public AdminView() {
        addClassName("admin-view");
        add(new H2(getTranslation("admin.title")),
                new EmptyState(VaadinIcon.COG, getTranslation("admin.empty.title"), getTranslation("admin.empty.hint")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.title") + " · CertDesk";
    }
}
