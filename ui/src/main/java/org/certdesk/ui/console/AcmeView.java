package org.certdesk.ui.console;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.certdesk.application.acme.AcmeAccountRegistry;
import org.certdesk.application.acme.ManageEabCredentials;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.acme.AcmeAccount;
import org.certdesk.domain.acme.AcmeAccountStatus;
import org.certdesk.domain.acme.EabCredential;
import org.certdesk.ui.components.Errors;
import org.certdesk.ui.security.CurrentUser;
import org.springframework.core.env.Environment;

/**
 * The ACME page: a customer makes external account binding credentials for an ACME client and
 * watches the credentials and the ACME accounts of their tenant (revoke, deactivate); a CA admin
 * sees every tenant's, with a tenant column, and makes none (credentials belong to a tenant).
 */
// Not "acme": /acme and everything below it is the ACME server's HTTP API (RFC 8555).
@Route(value = "acme-accounts")
@RolesAllowed({"CUSTOMER", "ADMIN"})
public class AcmeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm 'UTC'").withZone(ZoneOffset.UTC);

    final Button create = new Button();
    final Grid<EabCredential> credentials = new Grid<>();
    final Grid<AcmeAccount> accounts = new Grid<>();

    private final ManageEabCredentials manageCredentials;
    private final AcmeAccountRegistry accountRegistry;
    private final Actor actor;
    private final Map<TenantId, String> tenantNames;

    public AcmeView(ManageEabCredentials manageCredentials, AcmeAccountRegistry accountRegistry, Tenants tenants,
                    CurrentUser currentUser, Environment environment) {
        this.manageCredentials = manageCredentials;
        this.accountRegistry = accountRegistry;
        this.actor = currentUser.actor();
        boolean admin = actor.role() == Role.ADMIN;
        // Only the admin's grids name tenants; one query for all of them instead of one per row.
        this.tenantNames = admin ? tenants.findAll().stream().collect(Collectors.toMap(Tenant::id, Tenant::name, (a, b) -> a))
                : Map.of();
        addClassName("acme-view");
        String directoryUrl = environment.getProperty("certdesk.public-url", "http://localhost:8080").strip()
                .replaceFirst("/+$", "") + "/acme/directory";

        add(new H2(getTranslation("acme.title")));
        if (admin) {
            add(new Paragraph(getTranslation("acme.adminHint")));
        } else {
            add(new Paragraph(getTranslation("acme.hint", directoryUrl)));
            create.setText(getTranslation("acme.create"));
            create.setIcon(VaadinIcon.KEY.create());
            create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            create.setId("acme-create");
            create.addClickListener(click -> new AcmeCredentialsDialog(manageCredentials, actor, directoryUrl, this::refresh).open());
            add(create);
        }

        configureCredentials(admin);
        configureAccounts(admin);
        add(new H3(getTranslation("acme.credentials")), credentials, new H3(getTranslation("acme.accounts")), accounts);
    }

    private void configureCredentials(boolean admin) {
        credentials.setId("acme-credentials");
        credentials.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        credentials.setAllRowsVisible(true);
        credentials.addColumn(EabCredential::keyId).setHeader(getTranslation("acme.keyId")).setFlexGrow(2).setKey("keyId");
        if (admin) {
            credentials.addColumn(c -> tenantName(c.tenant())).setHeader(getTranslation("acme.tenant")).setKey("tenant");
        }
        credentials.addColumn(c -> c.contact().name() + " <" + c.contact().email().value() + ">")
                .setHeader(getTranslation("acme.contact")).setFlexGrow(2).setKey("contact");
        credentials.addColumn(c -> WHEN.format(c.createdAt())).setHeader(getTranslation("acme.created")).setKey("created");
        credentials.addColumn(EabCredential::createdBy).setHeader(getTranslation("acme.createdBy")).setKey("createdBy");
        credentials.addColumn(c -> c.account().map(a -> getTranslation("acme.accountNumber", a.value())).orElse("—"))
                .setHeader(getTranslation("acme.boundAccount")).setKey("boundAccount");
        credentials.addColumn(c -> getTranslation("acme.credentialStatus." + CredentialStatus.of(c).name()))
                .setHeader(getTranslation("acme.status")).setKey("status");
        credentials.addComponentColumn(this::revokeButton).setHeader(getTranslation("grid.actions")).setKey("actions");
        credentials.setEmptyStateText(getTranslation("acme.noCredentials"));
    }

    private void configureAccounts(boolean admin) {
        accounts.setId("acme-accounts");
        accounts.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        accounts.setAllRowsVisible(true);
        accounts.addColumn(a -> a.id().value()).setHeader(getTranslation("acme.accountId")).setKey("id").setFlexGrow(0).setWidth("6em");
        if (admin) {
            accounts.addColumn(a -> tenantName(a.tenant())).setHeader(getTranslation("acme.tenant")).setKey("tenant");
        }
        accounts.addComponentColumn(a -> {
            Span thumbprint = new Span(a.keyThumbprint());
            thumbprint.addClassName("monospace");
            return thumbprint;
        }).setHeader(getTranslation("acme.thumbprint")).setFlexGrow(3).setKey("thumbprint");
        accounts.addColumn(a -> a.contacts().isEmpty() ? "—" : String.join(", ", a.contacts()))
                .setHeader(getTranslation("acme.contacts")).setFlexGrow(2).setKey("contacts");
        accounts.addColumn(a -> WHEN.format(a.createdAt())).setHeader(getTranslation("acme.created")).setKey("created");
        accounts.addColumn(a -> a.lastOrderAt() == null ? "—" : WHEN.format(a.lastOrderAt()))
                .setHeader(getTranslation("acme.lastOrder")).setKey("lastOrder");
        accounts.addColumn(a -> getTranslation("acme.accountStatus." + a.status().name()))
                .setHeader(getTranslation("acme.status")).setKey("status");
        accounts.addComponentColumn(this::deactivateButton).setHeader(getTranslation("grid.actions")).setKey("actions");
        accounts.setEmptyStateText(getTranslation("acme.noAccounts"));
    }

    /** What a credential can still do: create an account (active), nothing more (used, revoked). */
    enum CredentialStatus {
        ACTIVE, USED, REVOKED;

        static CredentialStatus of(EabCredential credential) {
            return credential.isRevoked() ? REVOKED : credential.account().isPresent() ? USED : ACTIVE;
        }
    }

    private Span revokeButton(EabCredential credential) {
        Span cell = new Span();
        if (CredentialStatus.of(credential) == CredentialStatus.ACTIVE) {
            cell.add(rowAction("acme.revoke", "revoke-" + credential.keyId(), () -> confirm(
                    getTranslation("acme.revoke.title"), getTranslation("acme.revoke.text", credential.keyId()),
                    getTranslation("acme.revoke"), () -> manageCredentials.revoke(actor, credential.keyId()),
                    getTranslation("acme.revoked", credential.keyId()))));
        }
        return cell;
    }

    private Span deactivateButton(AcmeAccount account) {
        Span cell = new Span();
        if (account.status() == AcmeAccountStatus.VALID) {
            long id = account.id().value();
            cell.add(rowAction("acme.deactivate", "deactivate-" + id, () -> confirm(
                    getTranslation("acme.deactivate.title", id), getTranslation("acme.deactivate.text"),
                    getTranslation("acme.deactivate"), () -> accountRegistry.deactivate(actor, id),
                    getTranslation("acme.deactivated", id))));
        }
        return cell;
    }

    private Button rowAction(String key, String id, Runnable run) {
        Button button = new Button(getTranslation(key), click -> run.run());
        button.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        button.setId(id);
        return button;
    }

    private void confirm(String header, String text, String confirmText, Runnable command, String done) {
        ConfirmDialog dialog = new ConfirmDialog(header, text, confirmText, confirmed -> {
            if (Errors.attempt(command)) {
                Errors.success(done);
                refresh();
            }
        });
        dialog.setConfirmButtonTheme("error primary");
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("acme.cancel"));
        dialog.open();
    }

    /** Read on every visit: navigating to this page again keeps the instance, and a client may have registered meanwhile. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        refresh();
    }

    void refresh() {
        Errors.attempt(() -> manageCredentials.list(actor)).ifPresent(credentials::setItems);
        Errors.attempt(() -> accountRegistry.list(actor)).ifPresent(accounts::setItems);
    }

    private String tenantName(TenantId tenant) {
        return tenantNames.getOrDefault(tenant, "#" + tenant.value());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("acme.title") + " · CertDesk";
    }
}
