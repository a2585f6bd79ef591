package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.certdesk.adapters.ca.issuance.IssuedCertificates;
import org.certdesk.application.port.CapturedMail;
import org.certdesk.domain.calendar.Holidays;
import org.certdesk.domain.certificate.CertificateId;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The OV journey across three people, in Chromium: alice buys an OV certificate and applies,
 * publishes the TXT record and verifies; rita finds it in the review queue with its business-day
 * deadlines, sends the verification email; the applicant opens the mailed link (read from the
 * embedded outbox) and confirms; rita records a confirmed call and approves; alice sees Issued,
 * and the signed certificate names the organization under the OV policy OID; adam finds the mail
 * in the outbox and every step in the certificate's audit log.
 */
class OvReviewJourneyBrowserTest extends OvJourneyTest {

    private static final Pattern LINK = Pattern.compile("(\\S*)/confirm/([A-Za-z0-9]{43})");
    private static final String OV_POLICY = "2.23.140.1.2.2";

    @Autowired
    CapturedMail capturedMail;
    @Autowired
    Holidays holidays;
    @Autowired
    IssuedCertificates issuedCertificates;

    @Test
    void customerAppliesForOvReviewerVerifiesAndApprovesCustomerSeesIssued() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "www.ov-" + unique + "." + demoNames.partOf("alice");
        String organization = "Journey Trading " + unique + " Ltd";
        String contact = "carol-" + unique + "@example.com";

        signIn("alice", "alice-demo");
        buyOvAndFillApplication(name, new Company(organization, "91310000MA1FL0001X"), contact);
        screenshot("apply-ov");
        page.locator("#apply-submit").click();
        long id = submittedId(name);
        verifyDomainFromProgress(name);

        signInAs("rita", "rita-demo");
        openFromReviewQueue(id);

        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        assertThat(page.locator("#deadline-first-contact")).hasText("First contact due " + holidays.calendar().addBusinessDays(today, 1));
        assertThat(page.locator("#deadline-decision")).hasText("Decision due " + holidays.calendar().addBusinessDays(today, 7));
        assertThat(page.locator("#detail-organization")).containsText(organization);
        assertThat(page.locator("#detail-domains")).containsText("domain verified");
        assertThat(page.locator("#approve-blocker")).containsText("has not confirmed the verification email");
        assertThat(page.locator("#approve")).isDisabled();

        page.locator("#send-email").click();
        assertThat(page.locator("#email-state")).containsText("waiting for the applicant to confirm");
        screenshot("review-detail");

        Matcher link = mailedLink(contact);
        assertThat(link.group(1)).startsWith("http");
        try (BrowserContext applicant = page.context().browser().newContext(new Browser.NewContextOptions().setLocale("en-US"))) {
            Page mailbox = applicant.newPage();
            mailbox.navigate(url("/confirm/" + link.group(2)));
            mailbox.locator("#confirm-email").click();
            assertThat(mailbox.locator("#confirm-result")).containsText("your confirmation is recorded");
        }

        page.reload();
        assertThat(page.locator("#email-state")).containsText("Confirmed by the applicant");
        page.locator("#call-outcome").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Confirmed")).click();
        page.locator("#call-note input").fill("Spoke with Carol, request confirmed");
        page.locator("#record-call").click();
        assertThat(page.locator("#call-log")).containsText("Spoke with Carol, request confirmed");
        assertThat(page.locator("#approve")).isEnabled();
        page.locator("#approve").click();
        assertThat(page.locator("#detail-status")).hasText("Issued");

        signInAs("alice", "alice-demo");
        openManageCertificates();
        showOnly(name);
        assertThat(page.locator(".status-badge:visible")).hasCount(1);
        assertThat(page.locator(".status-badge:visible")).containsText("Issued");

        signInAs("adam", "adam-demo");
        page.navigate(url("/admin/outbox"));
        assertThat(page.locator("#outbox")).containsText(contact);
        page.navigate(url("/admin/audit"));
        page.locator("#audit-certificate input").fill(String.valueOf(id));
        page.locator("#audit-show").click();
        Locator trail = page.locator("#audit-trail");
        assertThat(trail).containsText("Verification email confirmed");
        assertThat(trail).containsText("Application approved");
        assertThat(trail).containsText("rita");
        // The same entries found by who acted, across certificates.
        page.locator("#audit-certificate input").fill("");
        page.locator("#audit-user input").fill("rita");
        page.locator("#audit-show").click();
        // Only the rows on screen count: the grid keeps recycled rows of the last search hidden.
        Locator shownCells = page.locator("#audit-trail vaadin-grid-cell-content:visible");
        assertThat(shownCells.filter(new Locator.FilterOptions().setHasText("alice ("))).hasCount(0);
        assertThat(shownCells.filter(new Locator.FilterOptions().setHasText("rita (")).first()).isVisible();

        X509Certificate leaf = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(
                issuedCertificates.latestFor(new CertificateId(id)).orElseThrow().leafPem().getBytes(StandardCharsets.US_ASCII)));
        assertThat(leaf.getSubjectX500Principal().getName()).contains("O=" + organization);
        assertThat(new String(leaf.getExtensionValue("2.5.29.32"), StandardCharsets.ISO_8859_1))
                .as("certificatePolicies holds the OV OID").isNotEmpty();
        assertThat(policyOids(leaf)).contains(OV_POLICY);
    }

    private Matcher mailedLink(String to) {
        // Up to 30 s: the mail leaves on an after-commit thread, which a loaded machine can hold up.
        for (int attempt = 0; attempt < 300; attempt++) {
            for (CapturedMail.CapturedMessage message : capturedMail.recent(100)) {
                Matcher matcher = LINK.matcher(message.textBody());
                if (message.to().contains(to) && matcher.find()) {
                    return matcher;
                }
            }
            page.waitForTimeout(100);
        }
        throw new AssertionError("No verification link was mailed to " + to);
    }

    private static java.util.List<String> policyOids(X509Certificate certificate) throws java.io.IOException {
        byte[] outer = certificate.getExtensionValue("2.5.29.32");
        var octets = (org.bouncycastle.asn1.ASN1OctetString) org.bouncycastle.asn1.ASN1Primitive.fromByteArray(outer);
        var policies = org.bouncycastle.asn1.x509.CertificatePolicies.getInstance(octets.getOctets());
        return java.util.Arrays.stream(policies.getPolicyInformation()).map(p -> p.getPolicyIdentifier().getId()).toList();
    }
}
