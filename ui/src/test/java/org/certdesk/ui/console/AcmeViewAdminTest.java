package org.certdesk.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import org.certdesk.application.acme.ManageEabCredentials;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** A CA admin sees every tenant's ACME credentials, named by tenant, and creates none. */
@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("adam")
class AcmeViewAdminTest extends BrowserlessTest {

    @Autowired
    ManageEabCredentials credentials;
    @Autowired
    Tenants tenants;

    @Test
    void theAdminSeesOtherTenantsCredentialsWithTheirTenantAndNoCreateButton() {
        Tenant tenant = tenants.save(Tenant.unsaved("ACME admin view " + System.nanoTime()));
        String keyId = credentials.create(Actor.customer(null, "someone", tenant.id()),
                new Contact("Ops", EmailAddress.parse("ops@tenant.example.test"), PhoneNumber.parse("+86 10 1234 5678"))).keyId();

        AcmeView view = navigate(AcmeView.class);

        assertThat(view.create.isAttached()).isFalse();
        int row = java.util.stream.IntStream.range(0, test(view.credentials).size())
                .filter(i -> test(view.credentials).getRow(i).keyId().equals(keyId)).findFirst().orElseThrow();
        assertThat(test(view.credentials).getCellText(row, test(view.credentials).getColumnPosition("tenant")))
                .isEqualTo(tenant.name());
        assertThat(view.accounts.getColumnByKey("tenant")).isNotNull();
    }
}
