package org.certdesk.ui.console;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.certdesk.application.download.KeyChoice;
import org.certdesk.application.port.CertificateBundles.ServerType;
import org.certdesk.domain.download.KeyPassword;
import org.certdesk.domain.shared.DomainException;

/**
 * How the private key leaves in a download: under a password the customer types or has
 * generated (shown once, with a copy button: CertDesk keeps no copy), or, ticked on purpose and
 * under a warning, as a clear PEM key for servers that cannot ask for a password. The password
 * is checked as it is typed, so the download stays disabled until it would be accepted.
 */
class KeyProtectionFields extends VerticalLayout {

    final PasswordField password = new PasswordField();
    final Button generate = new Button();
    final Div generated = new Div();
    final Span generatedValue = new Span();
    final Checkbox unencrypted = new Checkbox();
    final Paragraph warning = new Paragraph();
    private final Runnable onChange;

    KeyProtectionFields(Runnable onChange) {
        this.onChange = onChange;
        addClassName("key-protection");
        setPadding(false);
        password.setLabel(getTranslation("download.password"));
        password.setHelperText(getTranslation("download.passwordHelper", KeyPassword.MIN_LENGTH));
        password.setId("download-password");
        password.setWidthFull();
        password.setManualValidation(true);
        password.setValueChangeMode(ValueChangeMode.EAGER);
        password.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                // A changed password is no longer the one shown: showing it would mislead.
                generated.setVisible(false);
            }
            refresh();
        });

        generate.setText(getTranslation("download.generate"));
        generate.setIcon(VaadinIcon.KEY.create());
        generate.setId("download-generate");
        generate.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        generate.addClickListener(click -> showGenerated(KeyPassword.generate()));

        generatedValue.setId("download-generated-password");
        generatedValue.addClassName("generated-password");
        Button copy = new Button(VaadinIcon.COPY_O.create(), click -> {
            UI.getCurrent().getPage().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", generatedValue.getText());
            Notification.show(getTranslation("verify.copied"), 1500, Notification.Position.BOTTOM_START);
        });
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        copy.setAriaLabel(getTranslation("download.copyPassword"));
        copy.setTooltipText(getTranslation("download.copyPassword"));
        generated.add(new Paragraph(getTranslation("download.generatedHint")), generatedValue, copy);
        generated.setId("download-generated");
        generated.addClassName("generated-password-box");
        generated.setVisible(false);

        unencrypted.setLabel(getTranslation("download.unencrypted"));
        unencrypted.setId("download-unencrypted");
        unencrypted.addValueChangeListener(change -> refresh());
        warning.setText(getTranslation("download.unencryptedWarning"));
        warning.setId("download-unencrypted-warning");
        warning.addClassName("download-warning");
        warning.getStyle().set("color", "var(--lumo-error-text-color)");
        warning.setVisible(false);

        add(password, generate, generated, unencrypted, warning);
    }

    /** A store always carries its key under a password, so the clear option goes away for it. */
    void serverChanged(ServerType server) {
        if (server.keyStore()) {
            unencrypted.setValue(false);
        }
        unencrypted.setEnabled(!server.keyStore());
        refresh();
    }

    KeyChoice choice() {
        return unencrypted.getValue() ? KeyChoice.unencrypted() : KeyChoice.encryptedWith(password.getValue());
    }

    /** Whether the download would be accepted as chosen now. */
    boolean ready() {
        return unencrypted.getValue() || problem() == null;
    }

    /** A refusal from the download itself, shown where it belongs. */
    void show(DomainException refused) {
        password.setErrorMessage(refused.messageIn(getLocale()));
        password.setInvalid(true);
    }

    private void showGenerated(KeyPassword generatedPassword) {
        password.setValue(generatedPassword.reveal());
        generatedValue.setText(generatedPassword.reveal());
        generated.setVisible(true);
    }

    private void refresh() {
        boolean clear = unencrypted.getValue();
        password.setVisible(!clear);
        generate.setVisible(!clear);
        generated.setVisible(generated.isVisible() && !clear);
        warning.setVisible(clear);
        String problem = clear ? null : problem();
        // Nothing typed yet is not an error: the helper text already says what is needed.
        password.setInvalid(problem != null && !password.isEmpty());
        password.setErrorMessage(problem);
        onChange.run();
    }

    private String problem() {
        try {
            new KeyPassword(password.getValue());
            return null;
        } catch (DomainException refused) {
            return refused.messageIn(getLocale());
        }
    }
}
