package org.certdesk.ui.console;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.certdesk.application.ledger.DomainValidation;
import org.certdesk.application.ledger.ReusePolicy;
import org.certdesk.application.ledger.ShowDomainValidations;
import org.certdesk.application.port.ValidationLedger.Reuse;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.ui.components.EmptyState;
import org.certdesk.ui.details.CertificateDetailsView;
import org.certdesk.ui.security.CurrentUser;

/**
 * "Domain validations", the evidence ledger (issue 12): every validation of the tenant's names
 * with its method and BR section, what was seen, the certificate or ACME order it was gathered for, who reused
 * it, and a countdown of its BR 4.2.1 reuse period. Customers see their own tenant; CA admins and
 * reviewers pick a tenant ({@code domain-validations/<tenant id>}). The grid pages through the
 * database as it scrolls, so a tenant with thousands of validations is never cut.
 */
@Route(value = "domain-validations/:tenant?")
@RolesAllowed({"CUSTOMER", "REVIEWER", "ADMIN"})
public class DomainValidationsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    final Grid<DomainValidation> grid = new Grid<>();
    private final ShowDomainValidations show;
    private final Actor actor;
    private final Div body = new Div();
    private final TextField search = new TextField();
    private ComboBox<Tenant> tenantPicker;
    private TenantId shownTenant;

    public DomainValidationsView(ShowDomainValidations show, CurrentUser currentUser) {
        this.show = show;
        this.actor = currentUser.actor();
        addClassName("domain-validations-view");
        body.setWidthFull();
        configureGrid();
        add(new H2(getTranslation("ledger.title")), policyLine(show.policyToday()), new Paragraph(getTranslation("ledger.hint")));
        if (actor.role() != Role.CUSTOMER) {
            tenantPicker = new ComboBox<>(getTranslation("ledger.tenant"), show.tenants(actor));
            tenantPicker.setId("ledger-tenant");
            tenantPicker.setItemLabelGenerator(Tenant::name);
            tenantPicker.setWidth("24em");
            tenantPicker.addValueChangeListener(event -> {
                if (event.isFromClient() && event.getValue() != null) {
                    getUI().ifPresent(ui -> ui.navigate(DomainValidationsView.class,
                            new RouteParameters("tenant", String.valueOf(event.getValue().id().value()))));
                }
            });
            add(tenantPicker);
        }
        search.setId("ledger-search");
        search.setPlaceholder(getTranslation("ledger.search"));
        search.setPrefixComponent(VaadinIcon.SEARCH.create());
        search.setClearButtonVisible(true);
        search.setMaxLength(254);
        search.setWidth("24em");
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(event -> grid.getDataProvider().refreshAll());
        search.setVisible(false);
        add(search, body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        Optional<String> raw = event.getRouteParameters().get("tenant");
        if (raw.isPresent() && !raw.get().matches("[1-9][0-9]{0,17}")) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        TenantId tenant = raw.map(id -> TenantId.of(Long.parseLong(id))).orElse(null);
        try {
            show(tenant);
        } catch (NotPermittedException notTheirs) {
            // Another tenant's ledger answers as a page that does not exist: nothing about it leaks.
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void show(TenantId tenant) {
        body.removeAll();
        if (actor.role() != Role.CUSTOMER) {
            if (tenant == null) {
                body.add(new EmptyState(VaadinIcon.USERS, getTranslation("ledger.pickTenant"), getTranslation("ledger.pickTenantHint")));
                return;
            }
            tenantPicker.getListDataView().getItems().filter(t -> t.id().equals(tenant)).findFirst()
                    .ifPresentOrElse(tenantPicker::setValue, () -> tenantPicker.clear());
        }
        search.setVisible(false);
        if (show.page(actor, tenant, null, 0, 1).isEmpty()) {
            body.add(new EmptyState(VaadinIcon.CHECK_CIRCLE_O, getTranslation("ledger.emptyTitle"), getTranslation("ledger.emptyHint")));
            return;
        }
        shownTenant = tenant;
        // Lazy: each scroll window is one indexed page query, whatever the size of the tenant's ledger.
        grid.setItems(query -> show.page(actor, shownTenant, search.getValue(), query.getOffset(), query.getLimit()).stream());
        search.setVisible(true);
        body.add(grid);
    }

    private void configureGrid() {
        grid.setId("domain-validations");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // Columns are one line each.
        // Widths in rem: header and body cells have different font sizes, so em would misalign them.
        grid.addComponentColumn(this::nameAndObserved).setHeader(getTranslation("ledger.name")).setWidth("11rem").setFlexGrow(1);
        grid.addColumn(v -> getTranslation("ledger.methodValue", v.method().displayName(), v.brSection()))
                .setHeader(getTranslation("ledger.method")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(v -> WHEN.format(v.validatedAt())).setHeader(getTranslation("ledger.validatedAt")).setWidth("7.5rem").setFlexGrow(0);
        grid.addComponentColumn(this::gatheredFor).setHeader(getTranslation("ledger.gatheredFor")).setWidth("7.5rem").setFlexGrow(0);
        grid.addColumn(v -> v.corroboratedBy().isEmpty() ? getTranslation("ledger.corroboratedByNone") : String.join(", ", v.corroboratedBy()))
                .setHeader(getTranslation("ledger.corroboratedBy")).setWidth("9rem").setFlexGrow(0);
        grid.addComponentColumn(this::reuse).setHeader(getTranslation("ledger.reuse")).setWidth("13rem").setFlexGrow(0);
        grid.setAllRowsVisible(false);
        grid.setHeight("32em");
        grid.setWidthFull();
    }

    /** The name, and below it what the check saw (cut to one line; the whole value on hover). */
    private Component nameAndObserved(DomainValidation validation) {
        Div name = new Div(validation.name());
        name.addClassName("ledger-name");
        Div cell = new Div(name);
        if (validation.observed() != null && !validation.observed().isBlank()) {
            Div observed = new Div(getTranslation("ledger.observedValue", validation.observed()));
            observed.addClassName("ledger-observed");
            observed.getElement().setAttribute("title", validation.observed());
            cell.add(observed);
        }
        return cell;
    }

    private Component gatheredFor(DomainValidation validation) {
        if (validation.acmeOrderId() != null) {
            // No console page shows a single ACME order; its number is what the client's logs name.
            Span order = new Span(getTranslation("ledger.acmeOrder", String.valueOf(validation.acmeOrderId())));
            order.addClassName("ledger-acme-order");
            return order;
        }
        if (validation.gatheredFor() == null) {
            return new Span(getTranslation("ledger.noCertificate"));
        }
        RouterLink link = new RouterLink(getTranslation("ledger.certificate", String.valueOf(validation.gatheredFor().value())),
                CertificateDetailsView.class, CertificateDetailsView.parameters(validation.gatheredFor()));
        link.addClassName("ledger-certificate");
        return link;
    }

    /** Green while reusable, amber under 30 days, grey once expired. */
    /** How long it may still be reused, and below it who reused it: one column, so the name keeps its room. */
    private Component reuse(DomainValidation validation) {
        return new Div(countdown(validation), reusedBy(validation));
    }

    private Component countdown(DomainValidation validation) {
        Span badge = new Span(validation.reusability() == DomainValidation.Reusability.EXPIRED
                ? getTranslation("ledger.expired")
                : getTranslation("ledger.reusableFor", validation.daysLeft()));
        badge.addClassNames("reuse-badge", "reuse-" + validation.reusability().name().toLowerCase().replace('_', '-'));
        badge.getElement().setAttribute("title", getTranslation("ledger.reusableUntil", WHEN.format(validation.reusableUntil())));
        return badge;
    }

    private Component reusedBy(DomainValidation validation) {
        List<Reuse> reuses = validation.reusedBy();
        if (reuses.isEmpty()) {
            Span none = new Span(getTranslation("ledger.notReused"));
            none.addClassName("muted");
            return none;
        }
        Div list = new Div();
        list.addClassName("ledger-reused-by");
        for (Reuse reuse : reuses) {
            Div line = new Div();
            if (reuse.certificate() != null) {
                line.add(new Span(getTranslation("ledger.reusedByPrefix") + " "), new RouterLink(
                        getTranslation("ledger.certificate", String.valueOf(reuse.certificate().value())),
                        CertificateDetailsView.class, CertificateDetailsView.parameters(reuse.certificate())),
                        new Span(" " + getTranslation("ledger.reusedOn", date(reuse.at()))));
            } else {
                line.add(new Span(getTranslation("ledger.reusedByAcme", String.valueOf(reuse.acmeOrderId()), date(reuse.at()))));
            }
            list.add(line);
        }
        return list;
    }

    /** "Validation done today may be reused for 200 days (BR 4.2.1). From 15 Mar 2027: 100 days." */
    private Component policyLine(ReusePolicy policy) {
        String line = getTranslation("ledger.policy", policy.daysToday());
        if (policy.nextChange() != null) {
            line += getTranslation("ledger.policyNext", date(policy.nextChange()), policy.daysFromNextChange());
        }
        Paragraph paragraph = new Paragraph(line);
        paragraph.setId("ledger-policy");
        return paragraph;
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(getTranslation("clock.datePatternWithYear"), getLocale()).format(date);
    }

    private String date(Instant instant) {
        return date(LocalDate.ofInstant(instant, ZoneOffset.UTC));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("ledger.title") + " · CertDesk";
    }
}
