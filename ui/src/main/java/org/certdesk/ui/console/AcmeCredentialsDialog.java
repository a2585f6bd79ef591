package org.certdesk.ui.console;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import org.certdesk.application.acme.ManageEabCredentials;
import org.certdesk.application.acme.ManageEabCredentials.NewCredential;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.UpperBounds;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.ui.components.Errors;

/**
 * Makes ACME credentials in two steps: the notification contact (refusals at their fields), then
 * the key id and HMAC key — shown this once, the HMAC key is never readable again — with the
 * directory URL and certbot and lego command lines ready to paste.
 */
class AcmeCredentialsDialog extends Dialog {

    final TextField contactName = new TextField();
    final EmailField contactEmail = new EmailField();
    final TextField contactPhone = new TextField();
    final Button confirm = new Button();
    final Button close = new Button();

    private final ManageEabCredentials manageCredentials;
    private final Actor actor;
    private final String directoryUrl;
    private final Runnable afterCreate;

    AcmeCredentialsDialog(ManageEabCredentials manageCredentials, Actor actor, String directoryUrl, Runnable afterCreate) {
        this.manageCredentials = manageCredentials;
        this.actor = actor;
        this.directoryUrl = directoryUrl;
        this.afterCreate = afterCreate;
        setHeaderTitle(getTranslation("acme.create"));
        addClassName("acme-credentials-dialog");
        setWidth("min(52rem, 95vw)");
        // The HMAC key is shown once: a stray click beside the dialog must not throw it away.
        setCloseOnOutsideClick(false);

        contactName.setLabel(getTranslation("apply.contactName"));
        contactName.setId("acme-contact-name");
        contactEmail.setLabel(getTranslation("apply.contactEmail"));
        contactEmail.setId("acme-contact-email");
        contactPhone.setLabel(getTranslation("apply.contactPhone"));
        contactPhone.setHelperText(getTranslation("apply.phoneHelper"));
        contactPhone.setId("acme-contact-phone");
        // The browser cuts a longer paste at the domain's bound; the domain refuses one that arrives anyway.
        contactName.setMaxLength(UpperBounds.NAME);
        contactEmail.setMaxLength(EmailAddress.MAX_LENGTH);
        contactPhone.setMaxLength(PhoneNumber.MAX_TYPED_LENGTH);
        FormLayout form = new FormLayout(contactName, contactEmail, contactPhone);
        add(new Paragraph(getTranslation("acme.create.hint")), form);

        confirm.setText(getTranslation("acme.create.confirm"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("acme-create-confirm");
        confirm.addClickListener(click -> contact().ifPresent(this::create));
        close.setText(getTranslation("acme.cancel"));
        close.setId("acme-create-close");
        close.addClickListener(click -> close());
        getFooter().add(close, confirm);
    }

    private void create(Contact contact) {
        Errors.attempt(() -> manageCredentials.create(actor, contact)).ifPresent(created -> {
            showOnce(created, contact);
            afterCreate.run();
        });
    }

    /** The contact as entered, or empty after marking each field that refuses its value. */
    private Optional<Contact> contact() {
        List<HasValidation> fields = List.of(contactName, contactEmail, contactPhone);
        fields.forEach(field -> field.setInvalid(false));
        String name = field(contactName, String::strip);
        EmailAddress email = field(contactEmail, typed -> EmailAddress.parse(typed.strip()));
        PhoneNumber phone = field(contactPhone, typed -> PhoneNumber.parse(typed.strip()));
        if (fields.stream().anyMatch(HasValidation::isInvalid)) {
            return Optional.empty();
        }
        try {
            return Optional.of(new Contact(name, email, phone));
        } catch (DomainException refused) {
            // The contact names its field (the name is the only one it checks beyond the parsers).
            mark(refused.field().filter("contactName"::equals).isPresent() ? contactName : contactEmail, refused);
            return Optional.empty();
        }
    }

    /** The field's value as reader reads it, or null after marking the field (empty, or refused). */
    private <F extends HasValidation & HasValue<?, String>, T> T field(F field, Function<String, T> reader) {
        String typed = field.getValue();
        if (typed == null || typed.isBlank()) {
            mark(field, getTranslation("apply.required"));
            return null;
        }
        try {
            return reader.apply(typed);
        } catch (DomainException refused) {
            mark(field, refused);
            return null;
        }
    }

    private void mark(HasValidation field, DomainException refused) {
        mark(field, refused.messageIn(getLocale()));
    }

    private static void mark(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
    }

    private void showOnce(NewCredential created, Contact contact) {
        removeAll();
        VerticalLayout content = new VerticalLayout();
        content.setPadding(false);
        Paragraph warning = new Paragraph(getTranslation("acme.created.once"));
        warning.addClassName("acme-shown-once");
        String certbot = "certbot certonly --standalone --agree-tos --email " + contact.email().value() + " --server " + directoryUrl
                // "=": a base64url key may begin with "-", which certbot's argument parser would take for an option
                + " --eab-kid " + created.keyId() + " --eab-hmac-key=" + created.hmacKeyBase64Url() + " -d www.example.com";
        String lego = "lego --accept-tos --email " + contact.email().value() + " --server " + directoryUrl + " --eab --kid "
                + created.keyId() + " --hmac " + created.hmacKeyBase64Url() + " --http --domains www.example.com run";
        content.add(warning,
                row("acme.keyId", created.keyId(), "acme-key-id"),
                row("acme.hmacKey", created.hmacKeyBase64Url(), "acme-hmac-key"),
                row("acme.directoryUrl", directoryUrl, "acme-directory-url"),
                row("acme.certbot", certbot, "acme-certbot"),
                row("acme.lego", lego, "acme-lego"),
                new Paragraph(getTranslation("acme.created.commandsHint")));
        add(content);
        getFooter().removeAll();
        close.setText(getTranslation("acme.close"));
        close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(close);
    }

    private Div row(String labelKey, String value, String id) {
        Div row = new Div();
        row.addClassName("copy-row");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("copy-label");
        Span text = new Span(value);
        text.addClassName("copy-value");
        text.setId(id);
        Button copy = new Button(VaadinIcon.COPY_O.create(), click -> {
            UI.getCurrent().getPage().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", value);
            Notification.show(getTranslation("verify.copied"), 1500, Notification.Position.BOTTOM_START);
        });
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        copy.setAriaLabel(getTranslation("verify.copy", getTranslation(labelKey)));
        copy.setTooltipText(getTranslation("verify.copy", getTranslation(labelKey)));
        row.add(label, text, copy);
        return row;
    }
}
