package org.certdesk.ui.admin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.certdesk.application.admin.AdminInspection;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.ui.components.Errors;
import org.certdesk.ui.security.CurrentUser;

/** The audit log of one certificate: who did what, when, with the status before and after. */
@Route(value = "admin/audit")
@RolesAllowed("ADMIN")
public class AuditTrailView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    public AuditTrailView(AdminInspection inspection, CurrentUser currentUser) {
        addClassName("audit-trail-view");
        setSizeFull();
        Actor actor = currentUser.actor();
        IntegerField certificate = new IntegerField(getTranslation("audit.certificate"));
        certificate.setMin(1);
        certificate.setId("audit-certificate");
        Grid<AuditEntry> grid = new Grid<>();
        grid.setId("audit-trail");
        grid.addColumn(e -> TIME.format(e.at())).setHeader(getTranslation("audit.col.at")).setAutoWidth(true);
        grid.addColumn(e -> e.actor() + " (" + getTranslation("role." + e.actorRole()) + ")").setHeader(getTranslation("audit.col.actor")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.col.action")).setAutoWidth(true);
        grid.addColumn(e -> (e.before() == null ? "" : e.before().displayName()) + " → " + (e.after() == null ? "" : e.after().displayName()))
                .setHeader(getTranslation("audit.col.status")).setAutoWidth(true);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("audit.col.detail")).setFlexGrow(1);
        Button show = new Button(getTranslation("audit.show"), click -> {
            Integer id = certificate.getValue();
            if (id == null || id < 1) {
                Errors.show(getTranslation("audit.idRequired"));
                return;
            }
            grid.setItems(Errors.attempt(() -> inspection.auditTrail(actor, new CertificateId(id))).orElse(List.of()));
        });
        show.setId("audit-show");
        HorizontalLayout search = new HorizontalLayout(certificate, show);
        search.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(new H2(getTranslation("audit.title")), search, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · CertDesk";
    }
}
