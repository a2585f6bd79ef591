package org.certdesk.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.ThreadLocalRandom;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.UnorderedList;
import org.certdesk.ui.DemoNames;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.DomainName;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The reviewer is warned about a bound name that can pass for a Latin one, and reads its A-label (issue 14). */
@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("rita")
class ReviewDetailLookalikeTest extends BrowserlessTest {

    @Autowired
    UserAccounts accounts;
    @Autowired
    BuyCertificates buy;
    @Autowired
    SubmitApplication submit;
    @Autowired
    DemoNames demoNames;

    @Test
    void aWholeScriptLookalikeIsFlaggedInTheReviewersDetailWithItsALabel() {
        String name = "аррӏе-" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000) + "." + demoNames.partOf("alice");
        String aLabel = DomainName.parse(name).ascii();
        var submitted = new OvApplications(accounts, buy, submit, demoNames).submittedFor("alice", name, ValidationType.OV);

        navigate("review/" + submitted.id().value(), ReviewDetailView.class);

        assertThat($(Div.class).id("detail-lookalikes").getElement().getTextRecursively())
                .contains(name + " (" + aLabel + ") can be mistaken for apple-", "BR 4.2.1");
        assertThat($(UnorderedList.class).id("detail-domains").getElement().getTextRecursively()).contains(name + " (" + aLabel + ")");
    }

    @Test
    void anOrdinaryNameShowsNoWarning() {
        var submitted = new OvApplications(accounts, buy, submit, demoNames).submitted("alice");

        navigate("review/" + submitted.id().value(), ReviewDetailView.class);

        assertThat($(Div.class).withId("detail-lookalikes").exists()).as("hidden when there is nothing to warn about").isFalse();
    }
}
