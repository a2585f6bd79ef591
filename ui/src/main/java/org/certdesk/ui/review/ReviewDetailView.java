package org.certdesk.ui.review;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.certdesk.application.review.DecideApplication;
import org.certdesk.application.review.ReviewDetail;
import org.certdesk.application.review.ReviewerActions;
import org.certdesk.application.review.SendVerificationEmail;
import org.certdesk.application.review.ShowReviewDetail;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.ui.components.Errors;
import org.certdesk.ui.security.CurrentUser;

/**
 * One OV/EV application as the reviewer works it: deadlines; email and calls beside the
 * applicant's data, Whois per domain, the domain checks and their log; the decision in a bar at
 * the bottom of the screen. Every action reloads the whole page state, so what is shown is what
 * is stored.
 */
@Route(value = "review/:id")
@RolesAllowed("REVIEWER")
public class ReviewDetailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ShowReviewDetail showReviewDetail;
    private final SendVerificationEmail sendVerificationEmail;
    private final ReviewerActions reviewerActions;
    private final DecideApplication decisions;
    private final Actor actor;
    private final Div content = new Div();
    private CertificateId id;

    public ReviewDetailView(ShowReviewDetail showReviewDetail, SendVerificationEmail sendVerificationEmail,
                            ReviewerActions reviewerActions, DecideApplication decisions, CurrentUser currentUser) {
        this.showReviewDetail = showReviewDetail;
        this.sendVerificationEmail = sendVerificationEmail;
        this.reviewerActions = reviewerActions;
        this.decisions = decisions;
        this.actor = currentUser.actor();
        addClassName("review-detail-view");
        content.setWidthFull();
        add(content);
    }

    static RouteParameters parameters(CertificateId id) {
        return new RouteParameters("id", String.valueOf(id.value()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        if (!raw.matches("[1-9][0-9]{0,17}")) {
            event.forwardTo(ReviewQueueView.class);
            return;
        }
        id = new CertificateId(Long.parseLong(raw));
        render();
    }

    void render() {
        content.removeAll();
        Anchor back = new Anchor("review", getTranslation("detail.back"));
        back.setId("detail-back");
        content.add(back);
        Errors.attempt(() -> showReviewDetail.show(actor, id)).ifPresent(this::show);
    }

    private void show(ReviewDetail detail) {
        String organization = detail.organization() == null ? "" : " · " + detail.organization().legalName();
        H2 title = new H2(getTranslation("detail.title", String.valueOf(id.value()), detail.type().name()) + organization);
        Span status = new Span(detail.displayStatus().displayName());
        status.getElement().getThemeList().add("badge");
        status.setId("detail-status");
        HorizontalLayout heading = new HorizontalLayout(title, status);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);

        VerticalLayout facts = new ApplicantFacts(detail);
        FlexLayout columns = new FlexLayout(facts);
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.setWidthFull();
        columns.getStyle().set("gap", "var(--lumo-space-l)");
        // Side by side when the window allows (VerticalLayout is full width by default, which would always wrap).
        facts.setWidth("auto");
        columns.setFlexBasis("28em", facts);
        columns.setFlexGrow(1, facts);
        if (detail.type().validatesOrganization()) { // a held DV application needs only the decision
            ContactActions contact = new ContactActions(detail, actor, id, sendVerificationEmail, reviewerActions, this::render);
            // Email and calls first: the reviewer works them before reading on, and they stay in reach (issue 15).
            contact.setWidth("auto");
            columns.addComponentAsFirst(contact);
            columns.setFlexBasis("24em", contact);
            columns.setFlexGrow(1, contact);
        }
        content.add(heading, new Deadlines(detail), columns, new DecisionActions(detail, actor, id, decisions, this::render));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("detail.pageTitle", id == null ? "" : String.valueOf(id.value())) + " · CertDesk";
    }
}
