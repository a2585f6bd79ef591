package org.certdesk.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import org.certdesk.application.apply.LoadApplication;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.issuance.ShowPolicyToday;
import org.certdesk.application.profile.ManageProfiles;
import org.certdesk.application.progress.ShowProgress;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.application.review.DecideApplication;
import org.certdesk.application.verification.CheckDomainsNow;
import org.certdesk.application.verification.CheckReadiness;
import org.certdesk.application.verification.PublishToDemoZone;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.review.RejectionCause;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.certdesk.ui.DemoNames;
import org.certdesk.ui.review.OvApplications;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * The sentences CertDesk stores in English with a certificate (a failed check's message, a
 * rejection's cause) read in the viewer's language in the Progress panel, the Apply panel and
 * the cause dialog; what the reviewer typed stays as typed.
 */
@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("alice")
class ProgressPanelLanguageTest extends BrowserlessTest {

    private static final String NOTE = "the name differs from the business licence";

    @Autowired
    UserAccounts accounts;
    @Autowired
    BuyCertificates buy;
    @Autowired
    SubmitApplication submit;
    @Autowired
    DemoNames demoNames;
    @Autowired
    ShowProgress showProgress;
    @Autowired
    CheckDomainsNow checkDomainsNow;
    @Autowired
    PublishToDemoZone publishToDemoZone;
    @Autowired
    DecideApplication decisions;
    @Autowired
    Certificates certificates;
    @Autowired
    LoadApplication loadApplication;
    @Autowired
    CheckReadiness checkReadiness;
    @Autowired
    ManageProfiles profiles;
    @Autowired
    ShowPolicyToday policyToday;

    OvApplications fixtures;

    @BeforeEach
    void fixtures() {
        fixtures = new OvApplications(accounts, buy, submit, demoNames);
        navigate(SslCertificatesView.class);
    }

    @Test
    void aChineseCustomerReadsTheFailedDnsCheckAndTheRejectionCauseInChinese() {
        Actor alice = fixtures.actorOf("alice");
        CertificateId id = fixtures.submitted("alice").id();
        // Nothing was published in the demo zone: the check finds no record.
        checkDomainsNow.check(alice, id);

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(texts(progressPanel(alice, id), "last-check")).containsExactly("上次检查：未找到 DNS 记录。");

        reject(id);
        assertThat(texts(progressPanel(alice, id), "failure-cause")).containsExactly("原因：组织信息与官方记录不符：" + NOTE);
        assertThat(texts(applyPanel(alice, id), "previous-cause")).containsExactly("上次被拒原因：组织信息与官方记录不符：" + NOTE);
    }

    /** The readiness report's lines, the check's own message in them included, read in Chinese (issue 15). */
    @Test
    void aChineseCustomerReadsTheReadinessCheckInChinese() {
        Actor alice = fixtures.actorOf("alice");
        CertificateId id = fixtures.submitted("alice").id();
        // Nothing was published in the demo zone: the record's line says the check found none.
        CheckReadiness.Readiness readiness = checkReadiness.check(alice, id, null);

        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        ReadinessReport report = new ReadinessReport(readiness);

        assertThat(texts(report, "readiness-finding")).contains("尚未就位：未找到 DNS 记录。");
        assertThat(texts(report, "readiness-summary")).singleElement().asString().doesNotContainPattern("[A-Za-z]");
        assertThat(Stream.of("readiness-summary", "readiness-topic", "readiness-finding", "readiness-fix")
                .flatMap(className -> texts(report, className).stream()))
                .as("no English sentence left: two English words in a row").isNotEmpty()
                .noneMatch(text -> text.matches("(?s).*\\b[A-Za-z]{2,} [A-Za-z]{2,}\\b.*"));

        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(texts(new ReadinessReport(readiness), "readiness-finding")).contains("Not in place yet: No DNS record found.");
    }

    @Test
    void englishReadsAsBefore() {
        Actor alice = fixtures.actorOf("alice");
        CertificateId id = fixtures.submitted("alice").id();
        checkDomainsNow.check(alice, id);

        UI.getCurrent().setLocale(Locale.ENGLISH);
        assertThat(texts(progressPanel(alice, id), "last-check")).containsExactly("Last check: No DNS record found.");

        reject(id);
        assertThat(texts(progressPanel(alice, id), "failure-cause"))
                .containsExactly("Cause: The organization data do not match the official records: " + NOTE);
    }

    private void reject(CertificateId id) {
        long version = certificates.findAnyById(id).orElseThrow().version();
        decisions.reject(fixtures.actorOf("rita"), id, version, RejectionCause.ORGANIZATION_DATA_MISMATCH, NOTE);
    }

    private ProgressPanel progressPanel(Actor actor, CertificateId id) {
        return new ProgressPanel(showProgress, checkDomainsNow, publishToDemoZone, actor, id, () -> { });
    }

    private ApplyPanel applyPanel(Actor actor, CertificateId id) {
        return new ApplyPanel(loadApplication.load(actor, id), actor, submit, showProgress, checkDomainsNow, checkReadiness,
                publishToDemoZone, profiles, policyToday, () -> { });
    }

    private static List<String> texts(Component root, String className) {
        return descendants(root).filter(c -> c.getElement().getClassList().contains(className))
                .map(c -> c.getElement().getTextRecursively()).toList();
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ProgressPanelLanguageTest::descendants));
    }
}
