package org.certdesk.ui.admin;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.certdesk.application.account.AccountSummary;
import org.certdesk.application.account.AttemptThrottle;
import org.certdesk.application.account.CreateAccount;
import org.certdesk.application.account.ListAccounts;
import org.certdesk.application.account.ResetPassword;
import org.certdesk.application.account.SetAccountEnabled;
import org.certdesk.application.account.ThrottleLock;
import org.certdesk.domain.account.Actor;
import org.certdesk.ui.components.Errors;
import org.certdesk.ui.security.CurrentUser;

/** The CA admin's accounts: every customer and staff account, new ones, password resets, disabling, sign-in locks. */
@Route(value = "admin/accounts")
@RolesAllowed("ADMIN")
public class AccountsView extends VerticalLayout implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(ZoneOffset.UTC);

    final Grid<AccountSummary> accounts = new Grid<>();
    final Grid<ThrottleLock> locks = new Grid<>();
    private final Paragraph noLocks = new Paragraph();
    private final ListAccounts listAccounts;
    private final AttemptThrottle throttle;
    private final SetAccountEnabled setAccountEnabled;
    private final ResetPassword resetPassword;
    private final Actor actor;

    public AccountsView(ListAccounts listAccounts, CreateAccount createAccount, ResetPassword resetPassword,
                        SetAccountEnabled setAccountEnabled, AttemptThrottle throttle, CurrentUser currentUser) {
        this.listAccounts = listAccounts;
        this.throttle = throttle;
        this.setAccountEnabled = setAccountEnabled;
        this.resetPassword = resetPassword;
        this.actor = currentUser.actor();
        addClassName("accounts-view");
        setSizeFull();

        Button create = new Button(getTranslation("accounts.new"), VaadinIcon.PLUS.create(),
                click -> new NewAccountDialog(createAccount, listAccounts, actor, created -> {
                    Errors.success(getTranslation("accounts.created", created.username()));
                    refresh();
                }).open());
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-account");
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("accounts.title")), create);
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        header.setJustifyContentMode(FlexComponent.JustifyContentMode.BETWEEN);

        accounts.setId("accounts");
        accounts.addColumn(AccountSummary::username).setHeader(getTranslation("accounts.col.username")).setAutoWidth(true);
        accounts.addColumn(AccountSummary::displayName).setHeader(getTranslation("accounts.col.displayName")).setFlexGrow(1);
        accounts.addColumn(a -> getTranslation("role." + a.role().name())).setHeader(getTranslation("accounts.col.role")).setAutoWidth(true);
        accounts.addColumn(a -> a.tenantName() == null ? "—" : a.tenantName()).setHeader(getTranslation("accounts.col.tenant")).setAutoWidth(true);
        accounts.addComponentColumn(this::statusBadge).setHeader(getTranslation("accounts.col.status")).setAutoWidth(true);
        accounts.addComponentColumn(this::actions).setHeader(getTranslation("accounts.col.actions")).setAutoWidth(true);
        add(header, new Paragraph(getTranslation("accounts.hint")), accounts);
        addLocksSection();
        refresh();
    }

    /** Locks from repeated wrong passwords (or confirmation tokens): they end by themselves, the admin may end one early. */
    private void addLocksSection() {
        locks.setId("sign-in-locks");
        locks.setAllRowsVisible(true);
        locks.addColumn(lock -> getTranslation("accounts.locks.scope." + lock.key().scope().name()))
                .setHeader(getTranslation("accounts.locks.col.scope")).setAutoWidth(true);
        locks.addColumn(lock -> lock.key().subject()).setHeader(getTranslation("accounts.locks.col.subject")).setFlexGrow(1);
        locks.addColumn(lock -> TIME.format(lock.until())).setHeader(getTranslation("accounts.locks.col.until")).setAutoWidth(true);
        locks.addComponentColumn(this::clearButton).setAutoWidth(true);
        noLocks.setText(getTranslation("accounts.locks.none"));
        noLocks.setId("no-sign-in-locks");
        add(new H3(getTranslation("accounts.locks.title")), new Paragraph(getTranslation("accounts.locks.hint")), noLocks, locks);
    }

    private Button clearButton(ThrottleLock lock) {
        Button clear = new Button(getTranslation("accounts.locks.clear"), click -> {
            if (Errors.attempt(() -> throttle.clear(actor, lock.key()))) {
                Errors.success(getTranslation("accounts.locks.cleared", lock.key().subject()));
                refresh();
            }
        });
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        clear.setAriaLabel(getTranslation("accounts.locks.clearOf", lock.key().subject()));
        return clear;
    }

    private Span statusBadge(AccountSummary account) {
        Span badge = new Span(getTranslation(account.enabled() ? "accounts.status.enabled" : "accounts.status.disabled"));
        badge.getElement().getThemeList().add(account.enabled() ? "badge success" : "badge error");
        badge.addClassName("account-status");
        return badge;
    }

    private HorizontalLayout actions(AccountSummary account) {
        Button reset = new Button(getTranslation("accounts.resetPassword"), VaadinIcon.KEY.create(),
                click -> new ResetPasswordDialog(resetPassword, actor, account).open());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        reset.setAriaLabel(getTranslation("accounts.resetPasswordOf", account.username()));
        String toggleKey = account.enabled() ? "accounts.disable" : "accounts.enable";
        Button toggle = new Button(getTranslation(toggleKey), click -> confirmToggle(account));
        toggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        if (account.enabled()) {
            toggle.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        toggle.setAriaLabel(getTranslation(toggleKey + "Of", account.username()));
        // The use case refuses it too; hiding the button spares the admin a pointless refusal.
        toggle.setVisible(!(account.enabled() && account.id().equals(actor.account())));
        return new HorizontalLayout(reset, toggle);
    }

    private void confirmToggle(AccountSummary account) {
        boolean enable = !account.enabled();
        String prefix = enable ? "accounts.enableConfirm" : "accounts.disableConfirm";
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation(prefix + ".title", account.username()));
        dialog.setText(getTranslation(prefix + ".text"));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("dialog.cancel"));
        dialog.setConfirmText(getTranslation(enable ? "accounts.enable" : "accounts.disable"));
        if (!enable) {
            dialog.setConfirmButtonTheme("error primary");
        }
        dialog.addConfirmListener(confirm -> {
            if (Errors.attempt(() -> setAccountEnabled.set(actor, account.id(), enable))) {
                Errors.success(getTranslation(enable ? "accounts.enabled" : "accounts.disabled", account.username()));
                refresh();
            }
        });
        dialog.open();
    }

    private void refresh() {
        accounts.setItems(Errors.attempt(() -> listAccounts.accounts(actor)).orElse(List.of()));
        List<ThrottleLock> current = Errors.attempt(() -> throttle.locks(actor)).orElse(List.of());
        locks.setItems(current);
        locks.setVisible(!current.isEmpty());
        noLocks.setVisible(current.isEmpty());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.title") + " · CertDesk";
    }
}
