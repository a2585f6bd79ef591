package org.certdesk.ui.details;

import java.util.OptionalLong;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import jakarta.annotation.security.RolesAllowed;
import org.certdesk.application.details.ShowUploadedCertificateDetails;
import org.certdesk.application.details.UploadedCertificateDetails;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.shared.NotFoundException;
import org.certdesk.domain.upload.UploadedCertificateId;
import org.certdesk.ui.security.CurrentUser;

/**
 * The details of a certificate uploaded from elsewhere: what its PEM says and its chain as
 * uploaded. This CA did not lint, validate, order or revoke it, and the page says so.
 */
@Route(value = "certificates/uploaded/:id")
@RolesAllowed("CUSTOMER")
public class UploadedCertificateDetailsView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ShowUploadedCertificateDetails showDetails;
    private final Actor actor;
    private String label = "";

    public UploadedCertificateDetailsView(ShowUploadedCertificateDetails showDetails, CurrentUser currentUser) {
        this.showDetails = showDetails;
        this.actor = currentUser.actor();
        addClassName("certificate-details-view");
    }

    public static RouteParameters parameters(UploadedCertificateId id) {
        return new RouteParameters("id", String.valueOf(id.value()));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        OptionalLong raw = DetailsRouteId.of(event);
        if (raw.isEmpty()) {
            return;
        }
        try {
            show(showDetails.show(actor, new UploadedCertificateId(raw.getAsLong())));
        } catch (NotFoundException notYours) {
            event.rerouteToError(com.vaadin.flow.router.NotFoundException.class);
        }
    }

    private void show(UploadedCertificateDetails details) {
        removeAll();
        label = details.label();
        Anchor back = new Anchor("certificates", getTranslation("details.back"));
        back.setId("details-back");
        Paragraph uploaded = new Paragraph(getTranslation("details.uploaded.by", details.uploadedBy(),
                CertificateFacts.WHEN.format(details.uploadedAt())));
        uploaded.addClassName("muted");
        add(back, new H2(getTranslation("details.uploaded.title", details.label())), uploaded,
                new DetailsSection("details-facts", "details.facts", CertificateFacts.of(details.leaf(), details.names(), details.daysLeft())),
                CertificateFacts.chain(details.leaf(), details.chain()),
                DetailsSection.explained("details-not-ours", "details.uploaded.elsewhere", "details.uploaded.elsewhereText"),
                pem(details));
    }

    /** An upload without its chain has no chain PEM: say so instead of an empty box. */
    private static DetailsSection pem(UploadedCertificateDetails details) {
        DetailsSection section = new DetailsSection("details-pem", "details.pem",
                new PemField("certificate", "details.pem.certificate", details.leaf().pem()));
        if (details.chain().isEmpty()) {
            Paragraph none = new Paragraph(section.getTranslation("details.pem.noChainUploaded"));
            none.addClassNames("muted", "details-absent");
            section.add(none);
        } else {
            section.add(new PemField("chain", "details.pem.chainUploaded", details.chainPem()));
        }
        return section;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("details.uploaded.pageTitle", label) + " · CertDesk";
    }
}
