package org.certdesk.ui.console;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.RouteConfiguration;
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

    static final int PAGE_SIZE = 25;

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("UTC"));

    private static final String NAMES = """
            <div class="certificate-names">
              ${item.first
                  ? html`<a class="certificate-name" router-link href="${item.details}">${item.first}</a>${item.more ? html`<span> ${item.more}</span>` : ''}`
                  : html`<span class="muted">${item.notApplied}</span>`}
              <span class="certificate-id">#${item.id}</span>
              ${item.demo ? html`<span class="demo-marker" title="${item.demoHint}">${item.demo}</span>` : ''}
              ${item.acme ? html`<div class="certificate-source muted">${item.acme}</div>` : ''}
            </div>""";

    /** A line break only between the two dates, never inside one. */
    private static final String VALIDITY = """
            <span class="certificate-validity">${item.from
                ? html`<span class="no-break">${item.from} →</span> <span class="no-break">${item.to}</span>` : '—'}</span>""";

    private static final String ACTIONS = """
            <div class="row-actions">
              ${item.actions.map(action => html`<vaadin-button theme="tertiary-inline small" class="row-action"
                  data-action="${action.data}" @click="${() => perform(action.id)}">${action.label}</vaadin-button>`)}
            </div>""";

    final FilterSelect<CertificateStatus> statusFilter;
    final FilterSelect<ValidationType> typeFilter;
    final TextField search = new TextField();
    final Button buy = new Button();
    final Button combine = new Button();
    final Grid<CertificateSummary> grid = new Grid<>();

    private final ListCertificates listCertificates;
    private final Actor actor;
    private final CertificateActions actions;
    private final CertificateStatusCell statusCell;

    ManageCertificatesTab(ListCertificates listCertificates, Function<CertificateId, Optional<RenewalWindow>> acmeRenewalWindow,
                          Actor actor, CertificateActions actions, Runnable openBuy) {
        this.listCertificates = listCertificates;
        this.actor = actor;
        this.actions = actions;
        this.statusCell = new CertificateStatusCell(actions, acmeRenewalWindow);
        addClassName("manage-certificates");
        setPadding(false);
        setSizeFull();

        buy.setText(getTranslation("buy.open"));
        buy.setIcon(VaadinIcon.CART.create());
        buy.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        buy.setId("buy-certificates");
        buy.addClickListener(click -> openBuy.run());

        statusFilter = new FilterSelect<>(CertificateStatus.class, getTranslation("filter.allStatuses"),
                status -> getTranslation("status." + status.name()));
        statusFilter.setLabel(getTranslation("filter.status"));
        statusFilter.setId("status-filter");
        statusFilter.addValueChangeListener(change -> refresh());

        typeFilter = new FilterSelect<>(ValidationType.class, getTranslation("filter.allTypes"),
                type -> getTranslation("typeName." + type.name()));
        typeFilter.setLabel(getTranslation("filter.type"));
        typeFilter.addValueChangeListener(change -> refresh());

        search.setLabel(getTranslation("filter.search"));
        search.setPlaceholder("www.example.com");
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        // Enter searches at once, in the round trip of the key itself: the value travels with the keydown.
        // (Synchronising the property on "change" did not: the server saw the value only when the lazy
        // timer fired, 400 ms after the last keystroke; docs/benchmarks.md.) Typing alone still waits for the pause.
        search.getElement().addEventListener("keydown", enter -> search.setValue(enter.getEventData().path("element.value").asString()))
                .setFilter("event.key === 'Enter'").addEventData("element.value");
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
        add(toolbar, grid, statusCell);
    }

    private void configureGrid() {
        grid.addClassName("certificate-grid");
        // Wrapped cells: type and validity show in full at 1400 px instead of being cut off (issue 15).
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(selection -> combine.setEnabled(selection.getAllSelectedItems().size() >= 2));
        grid.setSizeFull();
        // Client-side templates, not component columns: a component per cell cost every session its own
        // state nodes for each visible row, and the browser a custom element per cell (docs/benchmarks.md).
        grid.addColumn(namesRenderer()).setHeader(getTranslation("grid.certificate")).setFlexGrow(3).setKey("names");
        grid.addColumn(LitRenderer.<CertificateSummary>of("<span class=\"certificate-product\">${item.product}</span>")
                        .withProperty("product", c -> getTranslation("product.name", c.brand(),
                                getTranslation("typeName." + c.type().name()), getTranslation("coverage." + c.coverage().name()))))
                .setHeader(getTranslation("grid.product")).setFlexGrow(2).setKey("product");
        grid.addColumn(statusCell.renderer()).setHeader(getTranslation("grid.status")).setFlexGrow(2).setKey("status");
        grid.addColumn(LitRenderer.<CertificateSummary>of(VALIDITY)
                        .withProperty("from", c -> c.notBefore() == null ? null : DATE.format(c.notBefore()))
                        .withProperty("to", c -> c.notAfter() == null ? null : DATE.format(c.notAfter())))
                .setHeader(getTranslation("grid.validity")).setFlexGrow(2).setKey("validity");
        grid.addColumn(actionsRenderer()).setHeader(getTranslation("grid.actions")).setFlexGrow(3)
                .setTextAlign(ColumnTextAlign.START).setKey("actions");
        grid.setEmptyStateText(getTranslation("grid.empty"));
        // 25 rows a page, not Vaadin's 50: a 1280x800 window shows 9 rows, and every refresh (tab, filter,
        // search) sent, and the browser parsed, the whole page: half the rows, half that work. The grid
        // still asks for the rows around what is shown as the user scrolls or on a taller screen.
        grid.setPageSize(PAGE_SIZE);
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

    private LitRenderer<CertificateSummary> namesRenderer() {
        return LitRenderer.<CertificateSummary>of(NAMES)
                .withProperty("first", c -> c.names().isEmpty() ? null : c.names().getFirst())
                .withProperty("notApplied", c -> c.names().isEmpty() ? getTranslation("grid.notApplied") : null)
                .withProperty("more", c -> c.names().size() > 1 ? getTranslation("grid.moreNames", c.names().size() - 1) : null)
                .withProperty("id", c -> String.valueOf(c.id().value()))
                .withProperty("details", c -> RouteConfiguration.forApplicationScope().getUrl(CertificateDetailsView.class,
                        CertificateDetailsView.parameters(c.id())))
                .withProperty("demo", c -> c.demo() ? getTranslation("grid.demo") : null)
                .withProperty("demoHint", c -> c.demo() ? getTranslation("grid.demo.hint") : null)
                .withProperty("acme", c -> c.acmeAccount().map(account -> getTranslation("grid.acmeSource", account)).orElse(null));
    }

    private LitRenderer<CertificateSummary> actionsRenderer() {
        return LitRenderer.<CertificateSummary>of(ACTIONS)
                .withProperty("actions", c -> c.allowedActions().stream().map(this::describe).toList())
                .withFunction("perform", (c, arguments) -> {
                    CertificateAction chosen = CertificateAction.valueOf(arguments.get(0).asString());
                    // The client names the action; only one the row offers is performed.
                    if (c.allowedActions().contains(chosen)) {
                        actions.perform(chosen, c);
                    }
                });
    }

    private RowAction describe(CertificateAction action) {
        String key = actions.translationKey(action);
        return new RowAction(action.name(), key.substring(key.indexOf('.') + 1), getTranslation(key));
    }

    /**
     * One button of a row as the template gets it: the action's name for the server, its
     * data-action for tests and styles, its label. Public, as Vaadin serialises a record by reflection.
     */
    public record RowAction(String id, String data, String label) {
    }

}
