package org.certdesk.ui.console;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

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
import org.certdesk.application.port.CertificateBundles.ServerType;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.shared.DomainException;

/** Download: pick the server type, get the zip; the CA root is offered beside it. */
class DownloadDialog extends Dialog {

    final RadioButtonGroup<ServerType> server = new RadioButtonGroup<>();
    final Anchor zip;

    DownloadDialog(DownloadCertificate downloadCertificate, Actor actor, CertificateSummary certificate) {
        setHeaderTitle(getTranslation("download.title", certificate.names().isEmpty() ? "#" + certificate.id().value()
                : certificate.names().getFirst()));
        addClassName("download-dialog");
        server.setLabel(getTranslation("download.server"));
        server.setItems(ServerType.values());
        server.setItemLabelGenerator(type -> getTranslation("download.server." + type.name()));
        server.setValue(ServerType.NGINX);
        server.setId("download-server");

        zip = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                var bundle = downloadCertificate.download(actor, certificate.id(), server.getValue());
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

        Anchor root = new Anchor(DownloadHandler.fromInputStream(event -> {
            byte[] pem = downloadCertificate.rootPem().getBytes(StandardCharsets.US_ASCII);
            return new DownloadResponse(new ByteArrayInputStream(pem), "certdesk-root.crt", "application/x-pem-file", pem.length);
        }), getTranslation("download.root"));
        root.getElement().setAttribute("download", true);

        add(new Paragraph(getTranslation("download.hint")), server, root);
        getFooter().add(new Button(getTranslation("panel.close"), click -> close()), zip);
    }
}
