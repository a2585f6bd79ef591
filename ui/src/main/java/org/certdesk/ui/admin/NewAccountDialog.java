package org.certdesk.ui.admin;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import org.certdesk.application.account.PasswordRule;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.application.account.AccountField;
import org.certdesk.application.account.AccountSummary;
import org.certdesk.application.account.CreateAccount;
import org.certdesk.application.account.ListAccounts;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.account.Tenant;
import org.certdesk.ui.components.Errors;

/** "New account": a customer of an existing or a new tenant, or CA staff; each refusal shown at its field. */
class NewAccountDialog extends Dialog {

    enum TenantChoice { EXISTING, NEW }

    final TextField username = new TextField();
    final TextField displayName = new TextField();
    final Select<Role> role = new Select<>();
    final RadioButtonGroup<TenantChoice> tenantChoice = new RadioButtonGroup<>();
    final ComboBox<Tenant> existingTenant = new ComboBox<>();
    final TextField newTenantName = new TextField();
    final PasswordField password = new PasswordField();
    final Button confirm = new Button();

    NewAccountDialog(CreateAccount createAccount, ListAccounts listAccounts, Actor actor, Consumer<AccountSummary> created) {
        setHeaderTitle(getTranslation("accounts.new"));
        addClassName("new-account-dialog");

        username.setLabel(getTranslation("accounts.col.username"));
        username.setHelperText(getTranslation("accounts.usernameHint"));
        username.setId("new-account-username");
        displayName.setLabel(getTranslation("accounts.col.displayName"));
        displayName.setId("new-account-display-name");
        role.setLabel(getTranslation("accounts.col.role"));
        role.setItems(Role.values());
        role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
        role.setValue(Role.CUSTOMER);
        role.setId("new-account-role");

        tenantChoice.setLabel(getTranslation("accounts.col.tenant"));
        tenantChoice.setItems(TenantChoice.values());
        tenantChoice.setItemLabelGenerator(c -> getTranslation("accounts.tenant." + c.name()));
        List<Tenant> tenants = Errors.attempt(() -> listAccounts.tenants(actor)).orElse(List.of());
        tenantChoice.setValue(tenants.isEmpty() ? TenantChoice.NEW : TenantChoice.EXISTING);
        existingTenant.setLabel(getTranslation("accounts.tenant.EXISTING"));
        existingTenant.setItems(tenants);
        existingTenant.setItemLabelGenerator(Tenant::name);
        existingTenant.setId("new-account-tenant");
        newTenantName.setLabel(getTranslation("accounts.tenant.name"));
        newTenantName.setId("new-account-new-tenant");
        password.setLabel(getTranslation("accounts.password"));
        password.setHelperText(getTranslation("accounts.passwordHint"));
        password.setId("new-account-password");
        // The browser cuts a longer paste; CreateAccount refuses one that arrives anyway.
        username.setMaxLength(UserAccount.MAX_USERNAME_LENGTH);
        displayName.setMaxLength(CreateAccount.MAX_DISPLAY_NAME_LENGTH);
        newTenantName.setMaxLength(CreateAccount.MAX_TENANT_NAME_LENGTH);
        password.setMaxLength(PasswordRule.MAX_BYTES);

        role.addValueChangeListener(change -> showTenantFields());
        tenantChoice.addValueChangeListener(change -> showTenantFields());
        showTenantFields();

        FormLayout form = new FormLayout(username, displayName, role, tenantChoice, existingTenant, newTenantName, password);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form);

        confirm.setText(getTranslation("accounts.create"));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.setId("new-account-confirm");
        confirm.addClickListener(click -> submit(createAccount, actor, created));
        getFooter().add(new Button(getTranslation("dialog.cancel"), click -> close()), confirm);
    }

    private void submit(CreateAccount createAccount, Actor actor, Consumer<AccountSummary> created) {
        boolean customer = role.getValue() == Role.CUSTOMER;
        boolean existing = tenantChoice.getValue() == TenantChoice.EXISTING;
        Map<AccountField, HasValidation> fields = new EnumMap<>(AccountField.class);
        fields.put(AccountField.USERNAME, username);
        fields.put(AccountField.DISPLAY_NAME, displayName);
        fields.put(AccountField.ROLE, role);
        fields.put(AccountField.TENANT, existing ? existingTenant : newTenantName);
        fields.put(AccountField.PASSWORD, password);
        var command = new CreateAccount.Command(actor, username.getValue(), displayName.getValue(), role.getValue(),
                customer && existing && existingTenant.getValue() != null ? existingTenant.getValue().id() : null,
                customer && !existing ? newTenantName.getValue() : null, password.getValue());
        new AccountProblems(fields).attempt(() -> createAccount.create(command), key -> getTranslation(key)).ifPresent(account -> {
            close();
            created.accept(account);
        });
    }

    private void showTenantFields() {
        boolean customer = role.getValue() == Role.CUSTOMER;
        tenantChoice.setVisible(customer);
        existingTenant.setVisible(customer && tenantChoice.getValue() == TenantChoice.EXISTING);
        newTenantName.setVisible(customer && tenantChoice.getValue() == TenantChoice.NEW);
    }
}
