package org.certdesk.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.IntStream;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import org.certdesk.application.acme.AcmeAccountRegistry;
import org.certdesk.domain.acme.AcmeAccount;
import org.certdesk.domain.acme.AcmeAccountStatus;
import org.certdesk.domain.acme.EabCredential;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The customer's ACME page: credentials shown once, then listed; revoke; an account from them, deactivated. */
@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("bob")
class AcmeViewTest extends BrowserlessTest {

    @Autowired
    AcmeAccountRegistry registry;

    @Test
    void aRefusedContactIsShownAtItsFieldAndAValidOneGivesCredentialsOnce() {
        AcmeView view = navigate(AcmeView.class);
        test(view.create).click();
        AcmeCredentialsDialog dialog = $(AcmeCredentialsDialog.class).single();
        test(dialog.contactName).setValue("Ops");
        test(dialog.contactEmail).setValue("not-an-address");
        test(dialog.contactPhone).setValue("+86 10 1234 5678");
        test(dialog.confirm).click();
        assertThat(dialog.contactEmail.isInvalid()).isTrue();
        assertThat(dialog.contactEmail.getErrorMessage()).isNotBlank();
        assertThat(dialog.contactPhone.isInvalid()).isFalse();

        test(dialog.contactEmail).setValue("ops@bob.example.test");
        test(dialog.confirm).click();

        String keyId = $(Span.class).id("acme-key-id").getText();
        assertThat(keyId).startsWith("kid-");
        assertThat($(Span.class).id("acme-hmac-key").getText()).hasSize(44);
        assertThat($(Span.class).id("acme-directory-url").getText()).endsWith("/acme/directory");
        assertThat($(Span.class).id("acme-certbot").getText()).contains("--eab-kid " + keyId);
        assertThat($(Span.class).id("acme-lego").getText()).contains("--kid " + keyId);
        int row = rowOf(view.credentials, c -> c.keyId().equals(keyId));
        assertThat(test(view.credentials).getCellText(row, test(view.credentials).getColumnPosition("status"))).isEqualTo("Active");
    }

    @Test
    void revokedCredentialsAreListedAsRevoked() {
        AcmeView view = navigate(AcmeView.class);
        String keyId = createCredentials(view);

        int row = rowOf(view.credentials, c -> c.keyId().equals(keyId));
        test((Button) ((Span) test(view.credentials).getCellComponent(row, "actions")).getComponentAt(0)).click();
        test($(ConfirmDialog.class).single()).confirm();

        EabCredential revoked = test(view.credentials).getRow(rowOf(view.credentials, c -> c.keyId().equals(keyId)));
        assertThat(revoked.isRevoked()).isTrue();
        assertThat(AcmeView.CredentialStatus.of(revoked)).isEqualTo(AcmeView.CredentialStatus.REVOKED);
    }

    @Test
    void anAccountMadeWithTheCredentialsIsListedAndDeactivatedAfterConfirmation() {
        AcmeView first = navigate(AcmeView.class);
        String keyId = createCredentials(first);
        String thumbprint = "thumb-" + UUID.randomUUID();
        long accountId = registry.register(new AcmeAccountRegistry.NewAccount(thumbprint, "{}", List.of("mailto:ops@bob.example.test"),
                keyId, mac -> true)).account().id().value();

        AcmeView view = navigate(AcmeView.class);
        assertThat(AcmeView.CredentialStatus.of(test(view.credentials).getRow(rowOf(view.credentials, c -> c.keyId().equals(keyId)))))
                .isEqualTo(AcmeView.CredentialStatus.USED);
        int row = rowOf(view.accounts, a -> a.id().value() == accountId);
        assertThat(test(view.accounts).getRow(row).keyThumbprint()).isEqualTo(thumbprint);
        test((Button) ((Span) test(view.accounts).getCellComponent(row, "actions")).getComponentAt(0)).click();
        test($(ConfirmDialog.class).single()).confirm();

        assertThat(registry.byId(accountId).status()).isEqualTo(AcmeAccountStatus.DEACTIVATED);
        AcmeAccount listed = test(view.accounts).getRow(rowOf(view.accounts, a -> a.id().value() == accountId));
        assertThat(listed.status()).isEqualTo(AcmeAccountStatus.DEACTIVATED);
        assertThat(test(view.accounts).getCellComponent(rowOf(view.accounts, a -> a.id().value() == accountId), "actions")
                .getChildren()).isEmpty();
    }

    private String createCredentials(AcmeView view) {
        test(view.create).click();
        AcmeCredentialsDialog dialog = $(AcmeCredentialsDialog.class).single();
        test(dialog.contactName).setValue("Ops");
        test(dialog.contactEmail).setValue("ops@bob.example.test");
        test(dialog.contactPhone).setValue("+86 10 1234 5678");
        test(dialog.confirm).click();
        String keyId = $(Span.class).id("acme-key-id").getText();
        test(dialog.close).click();
        return keyId;
    }

    private <T> int rowOf(Grid<T> grid, java.util.function.Predicate<T> matches) {
        return IntStream.range(0, test(grid).size()).filter(i -> matches.test(test(grid).getRow(i))).findFirst().orElseThrow();
    }
}
