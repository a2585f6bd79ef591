package org.certdesk.ui.console;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import org.certdesk.application.download.DownloadCertificate;
import org.certdesk.application.listing.CertificateSummary;
import org.certdesk.application.port.CertificateBundles;
import org.certdesk.application.port.CertificateBundles.ServerType;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.shared.DomainException;

/**
 * Download: pick the server type, get the zip. For a CertDesk certificate the CA root is offered
 * beside it; an uploaded certificate brings its own chain.
 */
class DownloadDialog extends Dialog {

    final RadioButtonGroup<ServerType> server = new RadioButtonGroup<>();
    final Anchor zip;

    DownloadDialog(DownloadCertificate downloadCertificate, Actor actor, CertificateSummary certificate) {
        this(certificate.names().isEmpty() ? "#" + certificate.id().value() : certificate.names().getFirst(), "download.hint",
                server -> downloadCertificate.download(actor, certificate.id(), server), downloadCertificate::rootPem);
    }

    /**
     * @param hintKey translation key of the explanation above the choice
     * @param rootPem the CertDesk root to offer beside the zip, or null for none
     */
    DownloadDialog(String title, String hintKey, Function<ServerType, CertificateBundles.Bundle> download, Supplier<String> rootPem) {
        setHeaderTitle(getTranslation("download.title", title));
        addClassName("download-dialog");
        server.setLabel(getTranslation("download.server"));
        server.setItems(ServerType.values());
        server.setItemLabelGenerator(type -> getTranslation("download.server." + type.name()));
        server.setValue(ServerType.NGINX);
        server.setId("download-server");

        zip = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                var bundle = download.apply(server.getValue());
                return new DownloadResponse(new ByteArrayInputStream(bundle.zip()), bundle.fileName(), "application/zip",
                        bundle.zip().length);
            } catch (DomainException refused) {
                event.getUI().access(() -> org.certdesk.ui.components.Errors.show(refused));
                return DownloadResponse.error(409, refused.messageIn(event.getUI().getLocale()));
            }
        }), "");
        zip.getElement().setAttribute("download", true);
        Button zipButton = new Button(getTranslation("download.zip"), VaadinIcon.DOWNLOAD.create());
        zipButton.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        zip.add(zipButton);
        zip.setId("download-zip");

        add(new Paragraph(getTranslation(hintKey)), server);
        if (rootPem != null) {
            Anchor root = new Anchor(DownloadHandler.fromInputStream(event -> {
                byte[] pem = rootPem.get().getBytes(StandardCharsets.US_ASCII);
                return new DownloadResponse(new ByteArrayInputStream(pem), "certdesk-root.crt", "application/x-pem-file", pem.length);
            }), getTranslation("download.root"));
            root.getElement().setAttribute("download", true);
            add(root);
        }
        getFooter().add(new Button(getTranslation("panel.close"), click -> close()), zip);
    }
}
