package org.certdesk.ui.admin;

import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import org.certdesk.application.account.PasswordRule;
import org.certdesk.application.account.AccountField;
import org.certdesk.application.account.AccountSummary;
import org.certdesk.application.account.ResetPassword;
import org.certdesk.domain.account.Actor;
import org.certdesk.ui.components.Errors;

/** The admin sets a new password for someone who forgot theirs, and tells them out of band. */
class ResetPasswordDialog extends Dialog {

    final PasswordField password = new PasswordField();
    final Button confirm = new Button();

    ResetPasswordDialog(ResetPassword resetPassword, Actor actor, AccountSummary account) {
        setHeaderTitle(getTranslation("accounts.resetPasswordOf", account.username()));
        addClassName("reset-password-dialog");
        password.setLabel(getTranslation("accounts.newPassword"));
        password.setHelperText(getTranslation("accounts.passwordHint"));
        password.setId("reset-password");
        password.setWidthFull();
        password.setMaxLength(PasswordRule.MAX_BYTES);
        add(new Paragraph(getTranslation("accounts.resetHint")), password);

        confirm.setText(getTranslation("accounts.resetPassword"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("reset-password-confirm");
        confirm.addClickListener(click -> new AccountProblems(Map.of(AccountField.PASSWORD, password))
                .attempt(() -> {
                    resetPassword.reset(actor, account.id(), password.getValue());
                    return Boolean.TRUE;
                }, key -> getTranslation(key))
                .ifPresent(done -> {
                    close();
                    Errors.success(getTranslation("accounts.passwordReset", account.username()));
                }));
        getFooter().add(new Button(getTranslation("dialog.cancel"), click -> close()), confirm);
    }
}
