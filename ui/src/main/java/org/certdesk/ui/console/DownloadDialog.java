package org.certdesk.ui.console;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
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
import org.certdesk.application.download.DownloadOptions;
import org.certdesk.application.download.KeyChoice;
import org.certdesk.application.listing.CertificateSummary;
import org.certdesk.application.port.CertificateBundles;
import org.certdesk.application.port.CertificateBundles.ServerType;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.download.KeyPassword;
import org.certdesk.domain.shared.DomainException;

/**
 * Download: pick the server type, protect the private key, get the zip. A certificate made from
 * the customer's own CSR offers only the PEM formats (there is no key for a store). For a
 * CertDesk certificate the CA root is offered beside it; an uploaded certificate brings its own
 * chain.
 */
class DownloadDialog extends Dialog {

    /** Packs the zip for the chosen server type and key protection. */
    interface Packer {
        CertificateBundles.Bundle pack(ServerType server, KeyChoice keyChoice);
    }

    final RadioButtonGroup<ServerType> server = new RadioButtonGroup<>();
    /** Null when CertDesk holds no private key for the certificate. */
    final KeyProtectionFields key;
    final Anchor zip;
    private final Button zipButton;

    DownloadDialog(DownloadCertificate downloadCertificate, Actor actor, CertificateSummary certificate) {
        this(certificate.names().isEmpty() ? "#" + certificate.id().value() : certificate.names().getFirst(), "download.hint",
                downloadCertificate.options(actor, certificate.id()),
                (server, keyChoice) -> downloadCertificate.download(actor, certificate.id(), server, keyChoice),
                downloadCertificate::rootPem);
    }

    /**
     * @param hintKey translation key of the explanation above the choice
     * @param rootPem the CertDesk root to offer beside the zip, or null for none
     */
    DownloadDialog(String title, String hintKey, DownloadOptions options, Packer packer, Supplier<String> rootPem) {
        setHeaderTitle(getTranslation("download.title", title));
        addClassName("download-dialog");
        server.setLabel(getTranslation("download.server"));
        server.setItems(options.servers());
        server.setItemLabelGenerator(type -> getTranslation("download.server." + type.name()));
        server.setValue(ServerType.NGINX);
        server.setId("download-server");
        key = options.privateKeyHeld() ? new KeyProtectionFields(this::enableZip) : null;

        zip = new Anchor(DownloadHandler.fromInputStream(event -> {
            try {
                var bundle = packer.pack(server.getValue(), key == null ? KeyChoice.unencrypted() : key.choice());
                return new DownloadResponse(new ByteArrayInputStream(bundle.zip()), bundle.fileName(), "application/zip",
                        bundle.zip().length);
            } catch (DomainException refused) {
                event.getUI().access(() -> {
                    if (key != null && refused.field().filter(KeyPassword.FIELD.key()::equals).isPresent()) {
                        key.show(refused);
                    } else {
                        org.certdesk.ui.components.Errors.show(refused);
                    }
                });
                return DownloadResponse.error(409, refused.messageIn(event.getUI().getLocale()));
            }
        }), "");
        zip.getElement().setAttribute("download", true);
        zipButton = new Button(getTranslation("download.zip"), VaadinIcon.DOWNLOAD.create());
        zipButton.addThemeVariants(com.vaadin.flow.component.button.ButtonVariant.LUMO_PRIMARY);
        zip.add(zipButton);
        zip.setId("download-zip");

        add(new Paragraph(getTranslation(hintKey)), server);
        if (key != null) {
            server.addValueChangeListener(change -> key.serverChanged(change.getValue()));
            add(key);
            key.serverChanged(server.getValue());
        } else {
            add(new Paragraph(getTranslation("download.ownCsrHint")));
        }
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

    /** The zip is offered only once the key's protection would be accepted; a disabled anchor has no link. */
    private void enableZip() {
        boolean ready = key == null || key.ready();
        zip.setEnabled(ready);
        zipButton.setEnabled(ready);
    }
}
