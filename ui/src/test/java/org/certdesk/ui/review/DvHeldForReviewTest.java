package org.certdesk.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import org.certdesk.adapters.demo.DemoRecord;
import org.certdesk.adapters.demo.DemoRecordType;
import org.certdesk.adapters.demo.DemoZoneRecords;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.progress.ShowProgress;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.application.review.QueueFilter;
import org.certdesk.application.review.QueuedApplication;
import org.certdesk.application.review.ReviewQueue;
import org.certdesk.application.simulation.ManageSimulation;
import org.certdesk.application.verification.CheckDomainsNow;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.simulation.SimulationSettings;
import org.certdesk.domain.verification.VerificationMethod;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** With DV auto-approval off (admin's Simulation setting), a verified DV application waits for rita. */
@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("rita")
class DvHeldForReviewTest extends BrowserlessTest {

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
    org.certdesk.ui.DemoNames demoNames;
    @Autowired
    ManageSimulation simulation;
    @Autowired
    ReviewQueue queue;
    @Autowired
    Certificates certificates;

    /** The settings are global: the other tests expect DV issued at once. */
    @AfterEach
    void autoApproveAgain() {
        simulation.change(actor("adam"), SimulationSettings.DEFAULT);
    }

    @Test
    void theReviewerFindsTheVerifiedDvApplicationInTheQueueAndApprovesItWithoutContactSteps() {
        simulation.change(actor("adam"), new SimulationSettings(false, 1));
        Actor alice = actor("alice");
        CertificateId id = buy.buy(new BuyCertificates.Command(alice, "CertDesk", ValidationType.DV, Coverage.SINGLE, 1, 1)).getFirst();
        String name = "www.dv-" + UUID.randomUUID().toString().substring(0, 8) + "." + demoNames.partOf("alice");
        submit.submit(new SubmitApplication.Command(alice, id, new CertificateApplication(Identifiers.parseLines(name),
                new CsrSource.SystemGenerated(KeyAlgorithm.EC_P256),
                new Contact("Carol Contact", EmailAddress.parse("carol@example.com"), PhoneNumber.parse("+86 138 0013 8000")),
                null, null, VerificationMethod.DNS_TXT)));
        var record = showProgress.show(alice, id).names().getFirst();
        demoZone.add(new DemoRecord(record.dnsHost(), DemoRecordType.TXT, record.dnsValue()));

        assertThat(checkDomainsNow.check(alice, id).status()).isEqualTo(CertificateStatus.VERIFYING);
        assertThat(queue.page(actor("rita"), new QueueFilter(ValidationType.DV, false, false), 0, 500))
                .extracting(QueuedApplication::id).contains(id);

        navigate("review/" + id.value(), ReviewDetailView.class);
        assertThat($(Button.class).withId("send-email").exists()).as("no verification email for DV").isFalse();
        // The reviewer sees what each remote perspective saw (BR 3.2.2.9): five, in distinct RIR regions.
        Div perspectives = $(Div.class).id("detail-perspectives");
        assertThat(perspectives.isVisible()).isTrue();
        assertThat(perspectives.getElement().getTextRecursively()).contains("Frankfurt", "RIPE NCC", "Singapore", "APNIC", "Seen",
                record.dnsValue());
        assertThat(perspectives.getElement().getChildren().flatMap(e -> e.getChildren())
                .filter(e -> e.getClassList().contains("perspective-seen")).count()).isEqualTo(5);
        Button approve = $(Button.class).id("approve");
        assertThat(approve.isEnabled()).isTrue();
        test(approve).click();

        assertThat(certificates.findAnyById(id).orElseThrow().status()).isEqualTo(CertificateStatus.ISSUED);
    }

    private Actor actor(String username) {
        var account = accounts.findByUsername(username).orElseThrow();
        return new Actor(account.id(), account.username(), account.role(), account.tenantId());
    }
}
