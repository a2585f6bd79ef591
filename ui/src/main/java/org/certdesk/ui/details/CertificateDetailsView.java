package org.certdesk.ui.details;

import java.util.List;
import java.util.OptionalLong;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.certdesk.application.details.CertificateDetails;
import org.certdesk.application.details.CertificateDetails.HistoryLink;
import org.certdesk.application.details.CertificateDetails.Issued;
import org.certdesk.application.details.CertificateDetails.NameEvidence;
import org.certdesk.application.details.ShowCertificateDetails;
import org.certdesk.application.port.IssuanceRecords.LintResult;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.shared.NotFoundException;
import org.certdesk.ui.security.CurrentUser;

/**
 * Everything known about one certificate of the console: the leaf as parsed, its chain to the
 * root, revocation, the pre-issuance lint result, the evidence behind each name, the renewals
 * before and after it, and its PEM to copy. A certificate the person may not see answers exactly
 * as one that does not exist.
 */
@Route(value = "certificates/details/:id")
@RolesAllowed({"CUSTOMER", "REVIEWER", "ADMIN"})
public class CertificateDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ShowCertificateDetails showDetails;
    private final Actor actor;
    private CertificateId id;

    public CertificateDetailsView(ShowCertificateDetails showDetails, CurrentUser currentUser) {
        this.showDetails = showDetails;
        this.actor = currentUser.actor();
        addClassName("certificate-details-view");
    }

    public static RouteParameters parameters(CertificateId id) {
        return new RouteParameters("id", String.valueOf(id.value()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OptionalLong raw = DetailsRouteId.of(event);
        if (raw.isEmpty()) {
            return;
        }
        id = new CertificateId(raw.getAsLong());
        try {
            show(showDetails.show(actor, id));
        } catch (NotFoundException notYours) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show(CertificateDetails details) {
        removeAll();
        Anchor back = new Anchor(actor.role() == Role.CUSTOMER ? "certificates" : "", getTranslation("details.back"));
        back.setId("details-back");
        H2 title = new H2(getTranslation("details.title", String.valueOf(details.id().value()),
                details.names().isEmpty() ? getTranslation("grid.notApplied") : details.names().getFirst()));
        Span status = new Span(getTranslation("status." + details.status().name()));
        status.getElement().getThemeList().add("badge");
        status.setId("details-status");
        HorizontalLayout heading = new HorizontalLayout(title, status);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        Paragraph product = new Paragraph(details.brand() + " · " + details.type().displayName());
        product.addClassName("muted");
        add(back, heading, product);

        details.issued().ifPresentOrElse(issued -> showIssued(details, issued), () -> {
            add(new DetailsSection("details-facts", "details.facts", names(details.names())));
            add(DetailsSection.explained("details-not-issued", "details.certificate", "details.notIssued"));
        });
        add(evidence(details.evidence()), history(details.history()));
    }

    private void showIssued(CertificateDetails details, Issued issued) {
        add(new DetailsSection("details-facts", "details.facts", CertificateFacts.of(issued.leaf(), details.names(), issued.daysLeft())));
        add(revocation(details));
        add(CertificateFacts.chain(issued.leaf(), issued.chain()));
        add(lint(issued));
        add(new DetailsSection("details-pem", "details.pem", new PemField("certificate", "details.pem.certificate", issued.leaf().pem()),
                new PemField("chain", "details.pem.chain", issued.chainPem())));
    }

    private DetailsSection revocation(CertificateDetails details) {
        Paragraph state = new Paragraph(details.revocation()
                .map(revoked -> getTranslation("details.revoked", CertificateFacts.WHEN.format(revoked.revokedAt()),
                        getTranslation("details.reason." + revoked.reason().name()), revoked.reason().code()))
                .orElseGet(() -> getTranslation("details.notRevoked")));
        state.setId("details-revocation-state");
        return new DetailsSection("details-revocation", "details.revocation", state);
    }

    private DetailsSection lint(Issued issued) {
        if (issued.lint().isEmpty()) {
            return DetailsSection.explained("details-lint", "details.lint", "details.lint.notRecorded");
        }
        UnorderedList checks = new UnorderedList();
        checks.addClassName("lint-checks");
        for (LintResult result : issued.lint().get()) {
            ListItem item = new ListItem(getTranslation("details.lint.passed", getTranslation("details.lint." + result.check()),
                    result.brSection().isEmpty() ? getTranslation("details.lint.ownRule") : "BR " + result.brSection()));
            item.addClassName("lint-check");
            item.getElement().setAttribute("data-check", result.check());
            if (result.notice() != null) {
                Div notice = new Div(getTranslation("details.lint.notice", result.notice()));
                notice.addClassName("muted");
                item.add(notice);
            }
            checks.add(item);
        }
        Paragraph summary = new Paragraph(getTranslation("details.lint.summary", issued.lint().get().size(),
                CertificateFacts.WHEN.format(issued.issuedAt())));
        return new DetailsSection("details-lint", "details.lint", summary, checks);
    }

    private DetailsSection evidence(List<NameEvidence> evidence) {
        if (evidence.isEmpty()) {
            return DetailsSection.explained("details-evidence", "details.evidence", "details.evidence.none");
        }
        UnorderedList list = new UnorderedList();
        for (NameEvidence proof : evidence) {
            ListItem item = new ListItem();
            item.addClassName("evidence-entry");
            Span name = new Span(proof.name());
            name.addClassName("evidence-name");
            String method = getTranslation("details.evidence.method", proof.method().displayName(), proof.brSection());
            Div how = new Div(proof.validated()
                    ? getTranslation("details.evidence.validated", method, CertificateFacts.WHEN.format(proof.validatedAt()))
                    : getTranslation("details.evidence.pending", method));
            item.add(name, how);
            if (proof.reused()) {
                Div reused = new Div(getTranslation("details.evidence.reused", CertificateFacts.WHEN.format(proof.validatedAt())));
                reused.addClassName("evidence-reused");
                item.add(reused);
            }
            if (proof.validated() && proof.observed() != null && !proof.observed().isBlank()) {
                Div observed = new Div(getTranslation("details.evidence.observed", proof.observed()));
                observed.addClassNames("muted", "evidence-observed");
                item.add(observed);
            }
            list.add(item);
        }
        return new DetailsSection("details-evidence", "details.evidence", list);
    }

    private DetailsSection history(List<HistoryLink> history) {
        if (history.isEmpty()) {
            return DetailsSection.explained("details-history", "details.history", "details.history.none");
        }
        UnorderedList list = new UnorderedList();
        for (HistoryLink link : history) {
            ListItem item = new ListItem();
            item.addClassName("history-entry");
            item.getElement().setAttribute("data-direction", link.direction().name());
            item.add(new Span(getTranslation("details.history." + link.direction().name() + "." + link.kind().name()) + " "));
            RouterLink other = new RouterLink("#" + link.other().value(), CertificateDetailsView.class, parameters(link.other()));
            other.addClassName("history-link");
            item.add(other, new Span(" · " + CertificateFacts.WHEN.format(link.at())));
            list.add(item);
        }
        return new DetailsSection("details-history", "details.history", list);
    }

    private FactList names(List<String> names) {
        FactList facts = new FactList();
        facts.addAll("details.names", names, "details-names");
        return facts;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("details.pageTitle", id == null ? "" : String.valueOf(id.value())) + " · CertDesk";
    }
}
