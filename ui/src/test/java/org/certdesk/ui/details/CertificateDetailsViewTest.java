package org.certdesk.ui.details;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextArea;
import org.certdesk.adapters.demo.DemoRecord;
import org.certdesk.adapters.demo.DemoRecordType;
import org.certdesk.adapters.demo.DemoZoneRecords;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.progress.ShowProgress;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.application.verification.CheckDomainsNow;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.verification.VerificationMethod;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.certdesk.ui.DemoNames;
import org.certdesk.ui.error.NotFoundView;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The details page as alice sees it: a DV certificate issued through the real use cases and CA, and bob's certificate not at all. */
@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("alice")
class CertificateDetailsViewTest extends BrowserlessTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    BuyCertificates buy;
    @Autowired
    SubmitApplication submit;
    @Autowired
    ShowProgress showProgress;
    @Autowired
    CheckDomainsNow checkDomainsNow;
    @Autowired
    DemoZoneRecords demoZone;
    @Autowired
    DemoNames demoNames;
    @Autowired
    Certificates certificates;

    @Test
    void anIssuedCertificateShowsItsSerialChainLintEvidenceAndPem() {
        Actor alice = actorOf("alice");
        String name = "www.d-" + UUID.randomUUID().toString().substring(0, 8) + "." + demoNames.partOf("alice");
        CertificateId id = submittedDv(alice, name);
        var pending = showProgress.show(alice, id).names().getFirst();
        demoZone.add(new DemoRecord(pending.dnsHost(), DemoRecordType.TXT, pending.dnsValue()));
        checkDomainsNow.check(alice, id);
        String serial = certificates.findAnyById(id).orElseThrow().issued().orElseThrow().serialHex();

        navigate("certificates/details/" + id.value(), CertificateDetailsView.class);

        assertThat($(Span.class).id("details-serial").getText()).isEqualTo(serial);
        assertThat($(Span.class).id("details-sha256").getText()).matches("([0-9A-F]{2}:){31}[0-9A-F]{2}");
        assertThat($(Paragraph.class).id("details-revocation-state").getText()).isEqualTo("Not revoked.");
        assertThat($(ListItem.class).withClassName("chain-entry").all()).hasSize(3);
        assertThat($(ListItem.class).withClassName("lint-check").all()).hasSize(13)
                .anySatisfy(check -> assertThat(check.getText()).isEqualTo("✓ Serial number positive, 64 to 159 random bits (BR 7.1)"));
        assertThat($(ListItem.class).withClassName("evidence-entry").single().getElement().getTextRecursively())
                .contains(name, "DNS TXT record (BR 3.2.2.4.7)");
        assertThat($(TextArea.class).id("pem-certificate").getValue()).startsWith("-----BEGIN CERTIFICATE-----");
        assertThat($(TextArea.class).id("pem-chain").getValue().split("-----BEGIN CERTIFICATE-----")).hasSize(3);
        assertThat($(ListItem.class).withClassName("history-entry").all()).isEmpty();
    }

    @Test
    void anotherTenantsCertificateIsNotFound() {
        Actor bob = actorOf("bob");
        CertificateId bobs = submittedDv(bob, "www.b-" + UUID.randomUUID().toString().substring(0, 8) + "." + demoNames.partOf("bob"));

        navigate("certificates/details/" + bobs.value(), NotFoundView.class);
    }

    private CertificateId submittedDv(Actor customer, String name) {
        CertificateId id = buy.buy(new BuyCertificates.Command(customer, "CertDesk", ValidationType.DV, Coverage.SINGLE, 1, 1)).getFirst();
        submit.submit(new SubmitApplication.Command(customer, id, new CertificateApplication(Identifiers.parseLines(name),
                new CsrSource.SystemGenerated(KeyAlgorithm.EC_P256),
                new Contact("Alice Admin", new EmailAddress("alice@example.com"), PhoneNumber.parse("+86 138 0013 8000")), null, null,
                VerificationMethod.DNS_TXT)));
        return id;
    }

    private Actor actorOf(String username) {
        var account = accounts.findByUsername(username).orElseThrow();
        return new Actor(account.id(), account.username(), account.role(), account.tenantId());
    }
}
