package org.certdesk.ui.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import jakarta.annotation.security.PermitAll;
import org.certdesk.domain.account.Role;
import org.certdesk.ui.admin.AccountsView;
import org.certdesk.ui.admin.AcmePolicyView;
import org.certdesk.ui.admin.AdminView;
import org.certdesk.ui.admin.AuditTrailView;
import org.certdesk.ui.admin.CaCertificatesView;
import org.certdesk.ui.admin.DemoZoneView;
import org.certdesk.ui.admin.PerspectivesView;
import org.certdesk.ui.admin.HolidaysView;
import org.certdesk.ui.admin.OutboxView;
import org.certdesk.ui.admin.ProductsView;
import org.certdesk.ui.admin.SimulationView;
import org.certdesk.ui.console.AcmeView;
import org.certdesk.ui.console.DomainValidationsView;
import org.certdesk.ui.console.NotificationSettingsView;
import org.certdesk.ui.console.SavedProfilesView;
import org.certdesk.ui.console.SslCertificatesView;
import org.certdesk.ui.review.ReviewQueueView;
import org.certdesk.ui.security.CertDeskUser;
import org.certdesk.ui.security.CurrentUser;

/**
 * The console frame around every view (Vaadin's automatic layout, so views need not name it):
 * brand, navigation for the signed-in role, who is signed in, sign out.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    public MainLayout(CurrentUser currentUser) {
        setPrimarySection(Section.DRAWER);
        Span brand = new Span("CertDesk");
        brand.addClassName("brand");
        addToDrawer(brand);
        // Error pages may be shown to visitors who are not signed in: then there is no one to show.
        currentUser.get().ifPresent(user -> showSignedIn(user, currentUser));
    }

    private void showSignedIn(CertDeskUser user, CurrentUser currentUser) {
        addToDrawer(navigationFor(user.role()));

        Span who = new Span(user.displayName());
        who.addClassName("signed-in-user");
        Span role = new Span(getTranslation("role." + user.role().name()));
        role.getElement().getThemeList().add("badge contrast");
        Button signOut = new Button(getTranslation("shell.signOut"), VaadinIcon.SIGN_OUT.create(), click -> currentUser.signOut());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");

        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), spacer(), who, role, signOut);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("app-header");
        addToNavbar(header);
    }

    private SideNav navigationFor(Role role) {
        SideNav nav = new SideNav();
        switch (role) {
            case CUSTOMER -> nav.addItem(new SideNavItem(getTranslation("nav.sslCertificates"), SslCertificatesView.class, VaadinIcon.LOCK.create()),
                    new SideNavItem(getTranslation("nav.acme"), AcmeView.class, VaadinIcon.KEY.create()),
                    new SideNavItem(getTranslation("nav.notificationSettings"), NotificationSettingsView.class, VaadinIcon.BELL.create()),
                    new SideNavItem(getTranslation("nav.savedProfiles"), SavedProfilesView.class, VaadinIcon.USER_CARD.create()),
                    domainValidations());
            case REVIEWER -> nav.addItem(new SideNavItem(getTranslation("nav.reviewQueue"), ReviewQueueView.class, VaadinIcon.CLIPBOARD_CHECK.create()),
                    domainValidations());
            case ADMIN -> nav.addItem(new SideNavItem(getTranslation("nav.administration"), AdminView.class, VaadinIcon.COG.create()),
                    new SideNavItem(getTranslation("nav.outbox"), OutboxView.class, VaadinIcon.ENVELOPES.create()),
                    new SideNavItem(getTranslation("nav.auditLog"), AuditTrailView.class, VaadinIcon.RECORDS.create()),
                    new SideNavItem(getTranslation("nav.demoZone"), DemoZoneView.class, VaadinIcon.GLOBE.create()),
                    new SideNavItem(getTranslation("nav.perspectives"), PerspectivesView.class, VaadinIcon.GLOBE_WIRE.create()),
                    new SideNavItem(getTranslation("nav.caCertificates"), CaCertificatesView.class, VaadinIcon.DIPLOMA.create()),
                    new SideNavItem(getTranslation("nav.holidays"), HolidaysView.class, VaadinIcon.CALENDAR.create()),
                    new SideNavItem(getTranslation("nav.accounts"), AccountsView.class, VaadinIcon.USERS.create()),
                    new SideNavItem(getTranslation("nav.products"), ProductsView.class, VaadinIcon.PACKAGE.create()),
                    new SideNavItem(getTranslation("nav.simulation"), SimulationView.class, VaadinIcon.TIMER.create()),
                    new SideNavItem(getTranslation("nav.acme"), AcmeView.class, VaadinIcon.KEY.create()),
                    new SideNavItem(getTranslation("nav.acmePolicy"), AcmePolicyView.class, VaadinIcon.SLIDERS.create()),
                    domainValidations());
        }
        return nav;
    }

    /** The evidence ledger: customers see their own, staff pick a tenant on the page. */
    private SideNavItem domainValidations() {
        return new SideNavItem(getTranslation("nav.domainValidations"), DomainValidationsView.class, VaadinIcon.CHECK_SQUARE_O.create());
    }

    private static Span spacer() {
        Span spacer = new Span();
        spacer.getStyle().set("flex-grow", "1");
        return spacer;
    }
}
