package org.certdesk.ui.admin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.certdesk.application.admin.AdminInspection;
import org.certdesk.application.port.CapturedMail.CapturedMessage;
import org.certdesk.domain.account.Actor;
import org.certdesk.ui.components.Errors;
import org.certdesk.ui.security.CurrentUser;

/**
 * The embedded mail server's outbox, newest first; a row opens its text, where a demo finds the
 * verification link to click. With a real SMTP server configured it says so instead.
 */
@Route(value = "admin/outbox")
@RolesAllowed("ADMIN")
public class OutboxView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    public OutboxView(AdminInspection inspection, CurrentUser currentUser) {
        addClassName("outbox-view");
        setSizeFull();
        Actor actor = currentUser.actor();
        add(new H2(getTranslation("outbox.title")));
        if (!Errors.attempt(() -> inspection.capturing(actor)).orElse(false)) {
            add(new Paragraph(getTranslation("outbox.notCapturing")));
            return;
        }
        Grid<CapturedMessage> grid = new Grid<>();
        grid.setId("outbox");
        grid.addColumn(m -> TIME.format(m.receivedAt())).setHeader(getTranslation("outbox.col.received")).setAutoWidth(true);
        grid.addColumn(CapturedMessage::to).setHeader(getTranslation("outbox.col.to")).setAutoWidth(true);
        grid.addColumn(CapturedMessage::subject).setHeader(getTranslation("outbox.col.subject")).setFlexGrow(1);
        // The text part with its http(s) links as anchors; the HTML part is never rendered here (mail content is data).
        grid.setItemDetailsRenderer(new com.vaadin.flow.data.renderer.ComponentRenderer<>(m -> new LinkedMailText(m.textBody())));
        grid.setItems(Errors.attempt(() -> inspection.outbox(actor)).orElse(java.util.List.of()));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("outbox.title") + " · CertDesk";
    }
}
