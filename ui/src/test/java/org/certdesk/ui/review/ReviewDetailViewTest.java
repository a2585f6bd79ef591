package org.certdesk.ui.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.certdesk.adapters.demo.DemoRecord;
import org.certdesk.adapters.demo.DemoRecordType;
import org.certdesk.adapters.demo.DemoZoneRecords;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.port.CapturedMail;
import org.certdesk.application.progress.ShowProgress;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.application.review.ConfirmVerificationEmail;
import org.certdesk.application.review.ConfirmVerificationEmail.Result;
import org.certdesk.domain.review.RejectionCause;
import org.certdesk.application.review.DecideApplication;
import org.certdesk.application.verification.CheckDomainsNow;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.review.PhoneCallOutcome;
import org.certdesk.domain.shared.ConcurrentChangeException;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.certdesk.ui.DemoNames;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("rita")
class ReviewDetailViewTest extends BrowserlessTest {

    private static final Pattern LINK = Pattern.compile("/confirm/([A-Za-z0-9]{43})");

    @Autowired
    UserAccounts accounts;
    @Autowired
    BuyCertificates buy;
    @Autowired
    SubmitApplication submit;
    @Autowired
    DemoZoneRecords demoZone;
    @Autowired
    DemoNames demoNames;
    @Autowired
    CapturedMail capturedMail;
    @Autowired
    ConfirmVerificationEmail confirmVerificationEmail;
    @Autowired
    ShowProgress showProgress;
    @Autowired
    CheckDomainsNow checkDomainsNow;
    @Autowired
    DecideApplication decisions;
    @Autowired
    Certificates certificates;

    OvApplications fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new OvApplications(accounts, buy, submit, demoNames);
    }

    @Test
    void approvalStaysBlockedUntilTheApplicantConfirmsTheEmailAndTheDomainIsVerified() {
        var submitted = fixtures.submitted("alice");
        open(submitted);
        assertThat(button("approve").isEnabled()).isFalse();
        assertThat(text("approve-blocker")).contains("Domain verification is not complete");

        publishTxtAndCheck(submitted);
        open(submitted);
        assertThat(text("approve-blocker")).contains("has not confirmed the verification email");
        assertThat(text("email-state")).isEqualTo("Not sent yet.");

        test(button("send-email")).click();
        assertThat(text("email-state")).startsWith("Sent ");
        String token = tokenMailedTo(submitted);
        assertThat(confirmVerificationEmail.confirm(token)).isEqualTo(Result.CONFIRMED);
        assertThat(confirmVerificationEmail.confirm(token)).isEqualTo(Result.ALREADY_USED);

        ReviewDetailView view = open(submitted);
        assertThat(text("email-state")).startsWith("Confirmed by the applicant");
        assertThat(button("approve").isEnabled()).isTrue();
        ContactActions contact = $(ContactActions.class).single();
        contact.outcome.setValue(PhoneCallOutcome.CONFIRMED);
        contact.note.setValue("Spoke with Carol");
        test(button("record-call")).click();
        assertThat($(ContactActions.class).single().getElement().getTextRecursively()).contains("Spoke with Carol");

        test(button("approve")).click();

        assertThat(view).isNotNull();
        assertThat(certificates.findAnyById(submitted.id()).orElseThrow().status()).isEqualTo(CertificateStatus.ISSUED);
        assertThat($(Span.class).id("detail-status").getText()).isEqualTo("Issued");
    }

    @Test
    void evApprovalByTheReviewerWhoCollectedTheEvidenceIsBlockedByTheTwoPersonRule() {
        var submitted = fixtures.submitted("alice", ValidationType.EV);
        publishTxtAndCheck(submitted);
        open(submitted);
        test(button("send-email")).click();
        assertThat(confirmVerificationEmail.confirm(tokenMailedTo(submitted))).isEqualTo(Result.CONFIRMED);
        open(submitted);
        $(ContactActions.class).single().outcome.setValue(PhoneCallOutcome.CONFIRMED);
        test(button("record-call")).click();

        open(submitted);

        assertThat($(com.vaadin.flow.component.html.Div.class).id("detail-ev").getElement().getTextRecursively())
                .contains("Private Organization");
        assertThat(button("approve").isEnabled()).isFalse();
        assertThat(text("approve-blocker")).contains("EV approval must come from a reviewer who did not collect the evidence");
        long version = certificates.findAnyById(submitted.id()).orElseThrow().version();
        assertThatThrownBy(() -> decisions.approve(fixtures.actorOf("rita"), submitted.id(), version))
                .hasMessageContaining("did not collect the evidence");
        assertThat(certificates.findAnyById(submitted.id()).orElseThrow().status()).isEqualTo(CertificateStatus.VERIFYING);

        // EV Guidelines 5.2.4: a second reviewer may approve what the first one verified.
        long current = certificates.findAnyById(submitted.id()).orElseThrow().version();
        decisions.approve(fixtures.secondReviewer(), submitted.id(), current);
        assertThat(certificates.findAnyById(submitted.id()).orElseThrow().status()).isEqualTo(CertificateStatus.ISSUED);
    }

    @Test
    void aChineseReviewerReadsWhyApproveIsDisabledAndTheApprovalRefusesWithTheSameReason() {
        var submitted = fixtures.submitted("alice");
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        open(submitted);

        assertThat(button("approve").isEnabled()).isFalse();
        assertThat(text("approve-blocker")).isEqualTo("暂时无法批准：域名验证尚未完成。");
        long version = certificates.findAnyById(submitted.id()).orElseThrow().version();
        assertThatThrownBy(() -> decisions.approve(fixtures.actorOf("rita"), submitted.id(), version))
                .isInstanceOfSatisfying(DomainException.class,
                        refused -> assertThat(refused.messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("域名验证尚未完成。"));
    }

    @Test
    void aResentEmailReplacesTheEarlierLink() {
        var submitted = fixtures.submitted("bob");
        open(submitted);
        test(button("send-email")).click();
        String first = tokenMailedTo(submitted);

        test(button("send-email")).click();
        String second = tokensMailedTo(submitted, 2).getFirst();

        assertThat(second).isNotEqualTo(first);
        assertThat(confirmVerificationEmail.confirm(first)).isEqualTo(Result.REPLACED);
        assertThat(confirmVerificationEmail.confirm(second)).isEqualTo(Result.CONFIRMED);
        assertThat(confirmVerificationEmail.confirm("A".repeat(43))).isEqualTo(Result.UNKNOWN);
        assertThat(confirmVerificationEmail.confirm("../../etc")).isEqualTo(Result.UNKNOWN);
    }

    @Test
    void aDecisionOnAPageAColleagueHasChangedSinceIsRefusedReadably() {
        var submitted = fixtures.submitted("alice");
        long seen = certificates.findAnyById(submitted.id()).orElseThrow().version();
        var rita = fixtures.actorOf("rita");
        decisions.reject(rita, submitted.id(), seen, RejectionCause.APPLICANT_NOT_REACHED, "Three calls, no answer");

        assertThatThrownBy(() -> decisions.reject(rita, submitted.id(), seen, RejectionCause.OTHER, "again"))
                .isInstanceOf(ConcurrentChangeException.class)
                .hasMessageContaining("Someone else changed this certificate");
        assertThat(certificates.findAnyById(submitted.id()).orElseThrow().failureCause())
                .contains("The applicant could not be reached by phone or email: Three calls, no answer");
    }

    @Test
    void rejectingWithOtherNeedsANoteForTheCustomer() {
        var submitted = fixtures.submitted("alice");
        open(submitted);
        DecisionActions decision = $(DecisionActions.class).single();
        decision.cause.setValue(RejectionCause.OTHER);

        test(button("reject")).click();

        assertThat(certificates.findAnyById(submitted.id()).orElseThrow().status()).isEqualTo(CertificateStatus.VERIFYING);
    }

    private ReviewDetailView open(OvApplications.Submitted submitted) {
        return navigate("review/" + submitted.id().value(), ReviewDetailView.class);
    }

    private Button button(String id) {
        return $(Button.class).id(id);
    }

    private String text(String id) {
        return $(Paragraph.class).id(id).getText();
    }

    private void publishTxtAndCheck(OvApplications.Submitted submitted) {
        var alice = fixtures.actorOf("alice");
        var name = showProgress.show(alice, submitted.id()).names().getFirst();
        demoZone.add(new DemoRecord(name.dnsHost(), DemoRecordType.TXT, name.dnsValue()));
        checkDomainsNow.check(alice, submitted.id());
    }

    private String tokenMailedTo(OvApplications.Submitted submitted) {
        return tokensMailedTo(submitted, 1).getFirst();
    }

    /** The links mailed to the applicant, newest first, once there are at least {@code count}. */
    private List<String> tokensMailedTo(OvApplications.Submitted submitted, int count) {
        // The mail leaves on an after-commit thread, a moment after the action that sent it.
        return await(count + " verification link(s) mailed to " + submitted.contact()).atMost(Duration.ofSeconds(30))
                .pollInterval(Duration.ofMillis(50))
                .until(() -> capturedMail.recent(50).stream().filter(m -> m.to().contains(submitted.contact().value()))
                        .map(m -> LINK.matcher(m.textBody())).filter(Matcher::find).map(m -> m.group(1)).toList(),
                        tokens -> tokens.size() >= count);
    }
}
