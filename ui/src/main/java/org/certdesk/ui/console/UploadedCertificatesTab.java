package org.certdesk.ui.console;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouterLink;
import org.certdesk.application.download.DownloadOptions;
import org.certdesk.application.upload.UploadedCertificateSummary;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.upload.UploadedCertificate;
import org.certdesk.ui.components.EmptyState;
import org.certdesk.ui.components.Errors;
import org.certdesk.ui.details.UploadedCertificateDetailsView;

/**
 * The Uploaded Certificates tab: certificates obtained elsewhere, soonest to expire first, with
 * the days left on a badge (red once expired, amber within 30 days), download and delete.
 */
class UploadedCertificatesTab extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("UTC"));

    final Button upload = new Button();
    final Grid<UploadedCertificateSummary> grid = new Grid<>();
    final EmptyState empty;

    private final UploadedCertificateUseCases useCases;
    private final Actor actor;

    UploadedCertificatesTab(UploadedCertificateUseCases useCases, Actor actor) {
        this.useCases = useCases;
        this.actor = actor;
        addClassName("uploaded-certificates");
        setPadding(false);
        setSizeFull();

        upload.setText(getTranslation("uploaded.upload"));
        upload.setIcon(VaadinIcon.UPLOAD.create());
        upload.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        upload.setId("upload-certificate");
        upload.addClickListener(click -> new UploadCertificateDialog(useCases.upload(), actor, this::afterUpload).open());

        empty = new EmptyState(VaadinIcon.UPLOAD, getTranslation("certificates.uploaded.empty.title"),
                getTranslation("certificates.uploaded.empty.hint"));
        configureGrid();
        add(upload, empty, grid);
        refresh();
    }

    private void configureGrid() {
        grid.addClassName("uploaded-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        grid.addColumn(UploadedCertificateSummary::label).setHeader(getTranslation("uploaded.col.label")).setFlexGrow(2)
                .setKey("label");
        grid.addComponentColumn(this::names).setHeader(getTranslation("uploaded.col.names")).setFlexGrow(3).setKey("names");
        grid.addComponentColumn(this::issuer).setHeader(getTranslation("uploaded.col.issuer")).setFlexGrow(2).setKey("issuer");
        grid.addColumn(c -> DATE.format(c.notAfter())).setHeader(getTranslation("uploaded.col.validUntil")).setAutoWidth(true)
                .setFlexGrow(0).setKey("validUntil");
        grid.addComponentColumn(this::daysLeft).setHeader(getTranslation("uploaded.col.daysLeft")).setAutoWidth(true).setFlexGrow(0)
                .setKey("daysLeft");
        grid.addComponentColumn(this::actions).setHeader(getTranslation("grid.actions")).setAutoWidth(true).setFlexGrow(0)
                .setKey("actions");
    }

    void refresh() {
        List<UploadedCertificateSummary> rows = Errors.attempt(() -> useCases.list().list(actor)).orElse(List.of());
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }

    private void afterUpload(UploadedCertificate saved) {
        Errors.success(getTranslation("uploaded.done", saved.label()));
        refresh();
    }

    private Div names(UploadedCertificateSummary c) {
        Div cell = new Div();
        cell.addClassName("certificate-names");
        RouterLink first = new RouterLink(c.displayName(), UploadedCertificateDetailsView.class,
                UploadedCertificateDetailsView.parameters(c.id()));
        first.addClassName("certificate-name");
        cell.add(first);
        long others = c.subjectAltNames().stream().filter(name -> !name.equals(c.displayName())).count();
        if (others > 0) {
            Span more = new Span(" " + getTranslation("grid.moreNames", others));
            more.addClassName("muted");
            cell.add(more);
            cell.setTitle(String.join("\n", c.subjectAltNames()));
        }
        return cell;
    }

    private Span issuer(UploadedCertificateSummary c) {
        Span issuer = new Span(c.issuerName());
        issuer.setTitle(c.issuer());
        return issuer;
    }

    private Span daysLeft(UploadedCertificateSummary c) {
        String text = switch (c.expiry()) {
            case EXPIRED -> getTranslation("uploaded.expired");
            case EXPIRING_SOON, VALID -> getTranslation("uploaded.daysLeft", c.daysLeft());
        };
        Span badge = new Span(text);
        badge.addClassNames("expiry-badge", "expiry-" + c.expiry().name().toLowerCase().replace('_', '-'));
        badge.getElement().setAttribute("data-expiry", c.expiry().name());
        return badge;
    }

    private HorizontalLayout actions(UploadedCertificateSummary c) {
        HorizontalLayout buttons = new HorizontalLayout(action("action.download", () -> download(c)),
                action("uploaded.delete", () -> confirmDelete(c)));
        buttons.setSpacing(false);
        buttons.addClassName("row-actions");
        return buttons;
    }

    private void download(UploadedCertificateSummary c) {
        new DownloadDialog(c.displayName(), "uploaded.downloadHint", DownloadOptions.withPrivateKey(),
                (server, keyChoice) -> useCases.download().download(actor, c.id(), server, keyChoice), null).open();
    }

    private void confirmDelete(UploadedCertificateSummary c) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("uploaded.deleteTitle", c.label()));
        dialog.setText(getTranslation("uploaded.deleteText"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("dialog.keep"));
        dialog.setConfirmText(getTranslation("uploaded.delete"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> {
            if (Errors.attempt(() -> useCases.delete().delete(actor, c.id()))) {
                Errors.success(getTranslation("uploaded.deleted", c.label()));
                refresh();
            }
        });
        dialog.open();
    }

    private Button action(String key, Runnable run) {
        Button button = new Button(getTranslation(key), click -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.addClassName("row-action");
        button.getElement().setAttribute("data-action", key.substring(key.indexOf('.') + 1));
        return button;
    }
}
