package org.certdesk.ui.admin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.application.admin.AdminInspection;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditQuery;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.ui.components.Errors;
import org.certdesk.ui.security.CurrentUser;

/**
 * The audit log: who did what, when, to which certificate, with the status before and after.
 * Searched by certificate, user and a range of days; it opens on the newest entries.
 */
@Route(value = "admin/audit")
@RolesAllowed("ADMIN")
public class AuditTrailView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 200;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    private final AdminInspection inspection;
    private final Actor actor;
    private final IntegerField certificate = new IntegerField();
    private final TextField user = new TextField();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span shown = new Span();

    public AuditTrailView(AdminInspection inspection, CurrentUser currentUser) {
        this.inspection = inspection;
        this.actor = currentUser.actor();
        addClassName("audit-trail-view");
        setSizeFull();

        certificate.setLabel(getTranslation("audit.certificate"));
        certificate.setMin(1);
        certificate.setClearButtonVisible(true);
        certificate.setId("audit-certificate");
        user.setLabel(getTranslation("audit.user"));
        user.setClearButtonVisible(true);
        user.setId("audit-user");
        user.setMaxLength(UserAccount.MAX_USERNAME_LENGTH);
        // ISO days in every language, as the grid shows them; a typo is named at the field.
        DatePicker.DatePickerI18n isoDays = new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd")
                .setBadInputErrorMessage(getTranslation("audit.badDate"));
        from.setI18n(isoDays);
        to.setI18n(isoDays);
        from.setLabel(getTranslation("audit.from"));
        from.setClearButtonVisible(true);
        from.setId("audit-from");
        to.setLabel(getTranslation("audit.to"));
        to.setClearButtonVisible(true);
        to.setId("audit-to");
        Button search = new Button(getTranslation("audit.show"), VaadinIcon.SEARCH.create(), click -> search());
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        search.setId("audit-show");
        HorizontalLayout criteria = new HorizontalLayout(certificate, user, from, to, search);
        criteria.setAlignItems(FlexComponent.Alignment.BASELINE);
        criteria.setWrap(true);

        grid.setId("audit-trail");
        grid.addColumn(e -> TIME.format(e.at())).setHeader(getTranslation("audit.col.at")).setAutoWidth(true);
        grid.addColumn(e -> e.actor() + " (" + getTranslation("role." + e.actorRole()) + ")").setHeader(getTranslation("audit.col.actor")).setAutoWidth(true);
        grid.addColumn(e -> e.certificate() == null ? "" : "#" + e.certificate().value())
                .setHeader(getTranslation("audit.col.certificate")).setAutoWidth(true);
        grid.addColumn(AuditEntry::action).setHeader(getTranslation("audit.col.action")).setAutoWidth(true);
        grid.addColumn(e -> e.before() == null && e.after() == null ? ""
                        : (e.before() == null ? "" : getTranslation("status." + e.before().name())) + " → "
                        + (e.after() == null ? "" : getTranslation("status." + e.after().name())))
                .setHeader(getTranslation("audit.col.status")).setAutoWidth(true);
        grid.addColumn(e -> e.detail() == null ? "" : e.detail()).setHeader(getTranslation("audit.col.detail")).setFlexGrow(1);
        shown.addClassName("muted");
        shown.setId("audit-shown");

        add(new H2(getTranslation("audit.title")), criteria, shown, grid);
        search();
    }

    private void search() {
        if (certificate.isInvalid() || from.isInvalid() || to.isInvalid()) {
            return; // the field already says what it cannot read
        }
        Integer id = certificate.getValue();
        if (from.getValue() != null && to.getValue() != null && to.getValue().isBefore(from.getValue())) {
            to.setErrorMessage(getTranslation("audit.toBeforeFrom"));
            to.setInvalid(true);
            return;
        }
        to.setInvalid(false);
        AuditQuery query = new AuditQuery(id == null ? null : new CertificateId(id), user.getValue(), from.getValue(), to.getValue(), SHOWN);
        List<AuditEntry> entries = Errors.attempt(() -> inspection.searchAudit(actor, query)).orElse(List.of());
        grid.setItems(entries);
        shown.setText(getTranslation(entries.size() == SHOWN ? "audit.shownNewest" : "audit.shownAll", entries.size()));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " · CertDesk";
    }
}
