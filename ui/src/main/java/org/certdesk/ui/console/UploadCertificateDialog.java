package org.certdesk.ui.console;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import org.certdesk.application.upload.UploadCertificate;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.upload.UploadProblem;
import org.certdesk.domain.upload.UploadRejectedException;
import org.certdesk.domain.upload.UploadedCertificate;
import org.certdesk.ui.components.Errors;

/**
 * Upload a certificate obtained elsewhere: a label, the certificate (and chain) and the private
 * key, each pasted or read from a file, and the key's password if it is encrypted. A refusal is
 * shown at the field it concerns, e.g. "the key does not match this certificate" at the key.
 */
class UploadCertificateDialog extends Dialog {

    private static final int MAX_FILE_BYTES = 256 * 1024;

    final TextField label = new TextField();
    final TextArea certificatePem = new TextArea();
    final TextArea keyPem = new TextArea();
    final Upload certificateFile = fileInto(certificatePem, "CERTIFICATE");
    final Upload keyFile = fileInto(keyPem, "PRIVATE KEY");
    final PasswordField keyPassword = new PasswordField();
    final Button save = new Button();
    private final Map<UploadProblem.Field, HasValidation> fields = Map.of(UploadProblem.Field.LABEL, label,
            UploadProblem.Field.CERTIFICATE, certificatePem, UploadProblem.Field.KEY, keyPem, UploadProblem.Field.PASSWORD, keyPassword);

    UploadCertificateDialog(UploadCertificate uploadCertificate, Actor actor, Consumer<UploadedCertificate> uploaded) {
        setHeaderTitle(getTranslation("uploaded.form.title"));
        addClassName("upload-certificate-dialog");
        setWidth("min(720px, 95vw)");

        label.setLabel(getTranslation("uploaded.form.label"));
        label.setPlaceholder(getTranslation("uploaded.form.labelPlaceholder"));
        label.setMaxLength(UploadedCertificate.MAX_LABEL_LENGTH);
        label.setWidthFull();
        label.setId("upload-label");

        pemArea(certificatePem, "uploaded.form.certificate", "-----BEGIN CERTIFICATE-----", "uploaded.form.certificateHelp");
        // Not "upload-certificate": that is the button that opens this dialog.
        certificatePem.setId("upload-certificate-pem");
        pemArea(keyPem, "uploaded.form.key", "-----BEGIN PRIVATE KEY-----", "uploaded.form.keyHelp");
        keyPem.setId("upload-key");

        keyPassword.setLabel(getTranslation("uploaded.form.password"));
        keyPassword.setHelperText(getTranslation("uploaded.form.passwordHelp"));
        keyPassword.setWidthFull();
        keyPassword.setId("upload-password");
        keyPassword.setMaxLength(UploadedCertificate.MAX_PASSWORD_LENGTH);

        VerticalLayout form = new VerticalLayout(new Paragraph(getTranslation("uploaded.form.hint")), label, certificatePem,
                certificateFile, keyPem, keyFile, keyPassword);
        form.setPadding(false);
        add(form);

        save.setText(getTranslation("uploaded.form.save"));
        save.setIcon(VaadinIcon.UPLOAD.create());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("upload-save");
        save.addClickListener(click -> Errors.attempt(() -> upload(uploadCertificate, actor)).ifPresent(saved -> {
            close();
            uploaded.accept(saved);
        }));
        getFooter().add(new Button(getTranslation("dialog.cancel"), click -> close()), save);
    }

    /** The saved certificate, or null after marking the field that must change. */
    private UploadedCertificate upload(UploadCertificate uploadCertificate, Actor actor) {
        fields.values().forEach(field -> field.setInvalid(false));
        try {
            return uploadCertificate.upload(actor, new UploadCertificate.Command(label.getValue(), certificatePem.getValue(),
                    keyPem.getValue(), keyPassword.getValue().toCharArray()));
        } catch (UploadRejectedException rejected) {
            HasValidation field = fields.get(rejected.problem().field());
            String key = "uploaded.problem." + rejected.problem().name();
            // Only the length message has a parameter; formatting the others would eat their apostrophes.
            field.setErrorMessage(rejected.problem() == UploadProblem.LABEL_TOO_LONG
                    ? getTranslation(key, UploadedCertificate.MAX_LABEL_LENGTH) : getTranslation(key));
            field.setInvalid(true);
            return null;
        }
    }

    private void pemArea(TextArea area, String labelKey, String placeholder, String helpKey) {
        area.setLabel(getTranslation(labelKey));
        area.setPlaceholder(placeholder);
        area.setHelperText(getTranslation(helpKey));
        area.setWidthFull();
        area.setMinRows(4);
        area.setMaxRows(6);
        area.addClassName("pem-input");
        // A certificate with its chain, or a key, is a few KiB; the browser cuts a wrong paste of megabytes.
        area.setMaxLength(UploadedCertificate.MAX_PEM_LENGTH);
    }

    /** A file picker that puts the file's text into the area; a binary (DER) file is armoured as PEM of the given type. */
    private Upload fileInto(TextArea area, String pemType) {
        Upload upload = new Upload();
        // The handler runs inside UI.access; clearing the list keeps "Choose file" usable for a second try.
        upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
            area.setValue(pemText(bytes, pemType));
            area.setInvalid(false);
            upload.clearFileList();
        }));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(MAX_FILE_BYTES);
        upload.setAcceptedFileTypes(".pem", ".crt", ".cer", ".der", ".key", ".txt");
        upload.setUploadButton(new Button(getTranslation("uploaded.form.chooseFile"), VaadinIcon.FILE_TEXT_O.create()));
        upload.setDropLabel(new com.vaadin.flow.component.html.Span(getTranslation("uploaded.form.dropFile")));
        upload.addClassName("pem-file");
        return upload;
    }

    static String pemText(byte[] bytes, String pemType) {
        String text = new String(bytes, StandardCharsets.UTF_8);
        if (text.contains("-----BEGIN ")) {
            return text;
        }
        return "-----BEGIN " + pemType + "-----\n" + Base64.getMimeEncoder(64, new byte[] {'\n'}).encodeToString(bytes)
                + "\n-----END " + pemType + "-----\n";
    }
}
