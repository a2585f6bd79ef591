package org.certdesk.ui.console;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouterLink;
import org.certdesk.domain.certificate.CertificateFilter;
import org.certdesk.application.listing.CertificateSummary;
import org.certdesk.application.listing.ListCertificates;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.acme.RenewalWindow;
import org.certdesk.domain.certificate.CertificateAction;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.ui.details.CertificateDetailsView;

/**
 * The Manage Certificates tab: status drop-down (Pending Application finds what still needs an
 * application, as in the seed), type filter, search by domain, and the lazily loaded grid with a
 * status popover and the actions each status allows. Certificates an ACME client obtained say so
 * under their names, and their popover shows the suggested renewal window (RFC 9773).
 */
class ManageCertificatesTab extends VerticalLayout {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("UTC"));

    final Select<CertificateStatus> statusFilter = new Select<>();
    final Select<ValidationType> typeFilter = new Select<>();
    final TextField search = new TextField();
    final Button buy = new Button();
    final Button combine = new Button();
    final Grid<CertificateSummary> grid = new Grid<>();

    private final ListCertificates listCertificates;
    private final Function<CertificateId, Optional<RenewalWindow>> acmeRenewalWindow;
    private final Actor actor;
    private final CertificateActions actions;

    ManageCertificatesTab(ListCertificates listCertificates, Function<CertificateId, Optional<RenewalWindow>> acmeRenewalWindow,
                          Actor actor, CertificateActions actions, Runnable openBuy) {
        this.listCertificates = listCertificates;
        this.acmeRenewalWindow = acmeRenewalWindow;
        this.actor = actor;
        this.actions = actions;
        addClassName("manage-certificates");
        setPadding(false);
        setSizeFull();

        buy.setText(getTranslation("buy.open"));
        buy.setIcon(VaadinIcon.CART.create());
        buy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        buy.setId("buy-certificates");
        buy.addClickListener(click -> openBuy.run());

        statusFilter.setLabel(getTranslation("filter.status"));
        statusFilter.setItems(CertificateStatus.values());
        statusFilter.setEmptySelectionAllowed(true);
        statusFilter.setEmptySelectionCaption(getTranslation("filter.allStatuses"));
        statusFilter.setItemLabelGenerator(status -> status == null ? getTranslation("filter.allStatuses")
                : getTranslation("status." + status.name()));
        statusFilter.setId("status-filter");
        statusFilter.addValueChangeListener(change -> refresh());

        typeFilter.setLabel(getTranslation("filter.type"));
        typeFilter.setItems(ValidationType.values());
        typeFilter.setEmptySelectionAllowed(true);
        typeFilter.setEmptySelectionCaption(getTranslation("filter.allTypes"));
        typeFilter.setItemLabelGenerator(type -> type == null ? getTranslation("filter.allTypes") : getTranslation("typeName." + type.name()));
        typeFilter.addValueChangeListener(change -> refresh());

        search.setLabel(getTranslation("filter.search"));
        search.setPlaceholder("www.example.com");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.setId("domain-search");
        search.setMaxLength(CertificateFilter.MAX_SEARCH_LENGTH - 1);
        search.addValueChangeListener(change -> refresh());

        combine.setText(getTranslation("combine.open"));
        combine.setIcon(VaadinIcon.COMPRESS_SQUARE.create());
        combine.setId("combine-certificates");
        combine.setEnabled(false);
        combine.setTooltipText(getTranslation("combine.hint"));
        combine.addClickListener(click -> actions.combine(grid.getSelectedItems()));

        HorizontalLayout toolbar = new HorizontalLayout(buy, combine, statusFilter, typeFilter, search);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWidthFull();
        toolbar.addClassName("grid-toolbar");

        configureGrid();
        add(toolbar, grid);
    }

    private void configureGrid() {
        grid.addClassName("certificate-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(selection -> combine.setEnabled(selection.getAllSelectedItems().size() >= 2));
        grid.setSizeFull();
        grid.addComponentColumn(this::names).setHeader(getTranslation("grid.certificate")).setFlexGrow(3).setKey("names");
        grid.addColumn(c -> getTranslation("product.name", c.brand(), getTranslation("typeName." + c.type().name()), getTranslation("coverage." + c.coverage().name())))
                .setHeader(getTranslation("grid.product")).setFlexGrow(2).setKey("product");
        grid.addComponentColumn(c -> new CertificateStatusCell(c, actions, acmeRenewalWindow)).setHeader(getTranslation("grid.status"))
                .setFlexGrow(2).setKey("status");
        grid.addColumn(c -> validity(c.notBefore(), c.notAfter())).setHeader(getTranslation("grid.validity")).setFlexGrow(2)
                .setKey("validity");
        grid.addComponentColumn(this::actionsFor).setHeader(getTranslation("grid.actions")).setFlexGrow(3)
                .setTextAlign(ColumnTextAlign.START).setKey("actions");
        grid.setEmptyStateText(getTranslation("grid.empty"));
        // No count callback: counting a tenant's million rows on every refresh cost more than the page
        // itself; the grid grows its size estimate as the user scrolls.
        grid.setItems(query -> listCertificates.page(query(), query.getOffset(), query.getLimit()).stream());
    }

    void refresh() {
        grid.deselectAll();
        grid.getDataProvider().refreshAll();
    }

    /**
     * After a panel moved a certificate to another status (Submit turns Pending Application into
     * Verifying): a status filter that would now hide its row follows it to the new status and
     * says so, instead of leaving "No certificates match".
     */
    void keepInView(CertificateId moved, CertificateStatus status) {
        CertificateStatus shown = statusFilter.getValue();
        if (shown == null || shown == status) {
            refresh();
            return;
        }
        statusFilter.setValue(status);
        Notification.show(getTranslation("filter.followed", String.valueOf(moved.value()),
                getTranslation("status." + status.name())), 5000, Notification.Position.BOTTOM_START);
    }

    private ListCertificates.Query query() {
        return new ListCertificates.Query(actor, statusFilter.getValue(), typeFilter.getValue(), search.getValue());
    }

    private Div names(CertificateSummary c) {
        Div cell = new Div();
        cell.addClassName("certificate-names");
        if (c.names().isEmpty()) {
            Span none = new Span(getTranslation("grid.notApplied"));
            none.addClassName("muted");
            cell.add(none);
        } else {
            RouterLink first = new RouterLink(c.names().getFirst(), CertificateDetailsView.class, CertificateDetailsView.parameters(c.id()));
            first.addClassName("certificate-name");
            cell.add(first);
            if (c.names().size() > 1) {
                cell.add(new Span(" " + getTranslation("grid.moreNames", c.names().size() - 1)));
            }
        }
        Span id = new Span("#" + c.id().value());
        id.addClassName("certificate-id");
        cell.add(id);
        c.acmeAccount().ifPresent(account -> {
            Div source = new Div(getTranslation("grid.acmeSource", account));
            source.addClassNames("certificate-source", "muted");
            cell.add(source);
        });
        return cell;
    }

    private String validity(Instant from, Instant to) {
        return from == null ? "—" : DATE.format(from) + " → " + DATE.format(to);
    }

    private HorizontalLayout actionsFor(CertificateSummary c) {
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setSpacing(false);
        buttons.addClassName("row-actions");
        for (CertificateAction allowed : c.allowedActions()) {
            buttons.add(action(actions.translationKey(allowed), () -> actions.perform(allowed, c)));
        }
        return buttons;
    }

    private Button action(String key, Runnable run) {
        Button button = new Button(getTranslation(key), click -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        button.addClassName("row-action");
        button.getElement().setAttribute("data-action", key.substring(key.indexOf('.') + 1));
        return button;
    }

}
