package org.certdesk.ui.review;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.certdesk.application.review.QueueFilter;
import org.certdesk.application.review.QueuedApplication;
import org.certdesk.application.review.ReviewQueue;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.ui.components.Errors;
import org.certdesk.ui.security.CurrentUser;

/**
 * The CA reviewer's queue: OV/EV applications (and DV ones held while auto-approval is off)
 * waiting for the CA, most urgent first, overdue rows in red; filters by type, overdue and
 * "mine"; Claim assigns, Open shows the detail.
 */
@Route(value = "review")
@RolesAllowed("REVIEWER")
public class ReviewQueueView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter SUBMITTED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    private final ReviewQueue reviewQueue;
    private final Actor actor;
    final Grid<QueuedApplication> grid = new Grid<>();
    final Select<ValidationType> type = new Select<>();
    final Checkbox overdueOnly = new Checkbox();
    final Checkbox mine = new Checkbox();

    public ReviewQueueView(ReviewQueue reviewQueue, CurrentUser currentUser) {
        this.reviewQueue = reviewQueue;
        this.actor = currentUser.actor();
        addClassName("review-queue-view");
        setSizeFull();
        add(new H2(getTranslation("review.title")), filters(), grid);
        configureGrid();
        refresh();
    }

    private HorizontalLayout filters() {
        type.setLabel(getTranslation("review.filter.type"));
        type.setItems(ValidationType.OV, ValidationType.EV, ValidationType.DV);
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("review.filter.allTypes"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("review.filter.allTypes") : getTranslation("type." + t.name()));
        type.setId("queue-type");
        overdueOnly.setLabel(getTranslation("review.filter.overdue"));
        overdueOnly.setId("queue-overdue");
        mine.setLabel(getTranslation("review.filter.mine"));
        mine.setId("queue-mine");
        type.addValueChangeListener(change -> refresh());
        overdueOnly.addValueChangeListener(change -> refresh());
        mine.addValueChangeListener(change -> refresh());
        HorizontalLayout filters = new HorizontalLayout(type, overdueOnly, mine);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        return filters;
    }

    private void configureGrid() {
        grid.setId("review-queue");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(a -> a.type().name()).setHeader(getTranslation("review.col.type")).setAutoWidth(true);
        grid.addColumn(QueuedApplication::organization).setHeader(getTranslation("review.col.organization")).setFlexGrow(1);
        grid.addColumn(a -> String.join(", ", a.names())).setHeader(getTranslation("review.col.names")).setFlexGrow(2);
        grid.addColumn(a -> SUBMITTED.format(a.submittedAt())).setHeader(getTranslation("review.col.submitted")).setAutoWidth(true);
        grid.addColumn(a -> a.contacted() ? getTranslation("review.contacted")
                        : a.firstContactDue() == null ? "" : String.valueOf(a.firstContactDue()))
                .setHeader(getTranslation("review.col.firstContactDue")).setAutoWidth(true);
        grid.addComponentColumn(this::decisionDue).setHeader(getTranslation("review.col.decisionDue")).setAutoWidth(true);
        grid.addColumn(a -> a.assignee() == null ? "" : a.assignee()).setHeader(getTranslation("review.col.assignee")).setAutoWidth(true);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setPartNameGenerator(a -> a.overdue() ? "overdue" : null);
    }

    private Span decisionDue(QueuedApplication application) {
        Span due = new Span(String.valueOf(application.decisionDue()));
        due.addClassName("decision-due");
        due.getElement().setAttribute("data-certificate", String.valueOf(application.id().value()));
        if (application.overdue()) {
            due.setText(application.decisionDue() + " · " + getTranslation("review.overdue"));
            due.addClassName("overdue");
        }
        return due;
    }

    private HorizontalLayout actions(QueuedApplication application) {
        Button open = new Button(getTranslation("review.open"),
                click -> getUI().ifPresent(ui -> ui.navigate(ReviewDetailView.class, ReviewDetailView.parameters(application.id()))));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        open.addClassName("queue-open");
        open.getElement().setAttribute("data-certificate", String.valueOf(application.id().value()));
        HorizontalLayout actions = new HorizontalLayout(open);
        if (application.assignee() == null) {
            Button claim = new Button(getTranslation("review.claim"), click -> claim(application));
            claim.addThemeVariants(ButtonVariant.LUMO_SMALL);
            claim.addClassName("queue-claim");
            actions.addComponentAsFirst(claim);
        }
        return actions;
    }

    private void claim(QueuedApplication application) {
        if (Errors.attempt(() -> reviewQueue.claim(actor, application.id())).isPresent()) {
            Errors.success(getTranslation("review.claimed"));
        }
        grid.getDataProvider().refreshAll();
    }

    void refresh() {
        QueueFilter filter = new QueueFilter(type.getValue(), overdueOnly.getValue(), mine.getValue());
        grid.setItems(query -> reviewQueue.page(actor, filter, query.getOffset(), query.getLimit()).stream(),
                query -> (int) reviewQueue.count(actor, filter));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("review.title") + " · CertDesk";
    }
}
