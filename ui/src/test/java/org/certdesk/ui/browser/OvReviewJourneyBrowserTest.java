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
import org.certdesk.adapters.ca.IssuedCertificates;
import org.certdesk.adapters.demo.DemoRecord;
import org.certdesk.adapters.demo.DemoRecordType;
import org.certdesk.adapters.demo.DemoZoneRecords;
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
class OvReviewJourneyBrowserTest extends ChromiumTest {

    private static final Pattern LINK = Pattern.compile("(\\S*)/confirm/([A-Za-z0-9]{43})");
    private static final String OV_POLICY = "2.23.140.1.2.2";

    @Autowired
    DemoZoneRecords demoZone;
    @Autowired
    CapturedMail capturedMail;
    @Autowired
    Holidays holidays;
    @Autowired
    IssuedCertificates issuedCertificates;

    @Test
    void customerAppliesForOvReviewerVerifiesAndApprovesCustomerSeesIssued() throws Exception {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "www.ov-" + unique + "." + demoZone.zone();
        String organization = "Journey Trading " + unique + " Ltd";
        String contact = "carol-" + unique + "@example.com";

        signIn("alice", "alice-demo");
        long id = applyForOv(name, organization, contact);
        verifyDomain(name);

        switchUser("rita", "rita-demo");
        page.navigate(url("/review"));
        Locator queue = page.locator("#review-queue");
        assertThat(queue).isVisible();
        // Oldest first: a new application is at the end of the queue.
        queue.evaluate("grid => grid.scrollToIndex(grid.size - 1)");
        page.locator(".queue-open[data-certificate='" + id + "']").click();

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

        switchUser("alice", "alice-demo");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click();
        page.locator("#domain-search input").fill(name);
        page.locator("#domain-search input").press("Enter");
        assertThat(page.locator(".status-badge:visible")).hasCount(1);
        assertThat(page.locator(".status-badge:visible")).containsText("Issued");

        switchUser("adam", "adam-demo");
        page.navigate(url("/admin/outbox"));
        assertThat(page.locator("#outbox")).containsText(contact);
        page.navigate(url("/admin/audit"));
        page.locator("#audit-certificate input").fill(String.valueOf(id));
        page.locator("#audit-show").click();
        Locator trail = page.locator("#audit-trail");
        assertThat(trail).containsText("Verification email confirmed");
        assertThat(trail).containsText("Application approved");
        assertThat(trail).containsText("rita");

        X509Certificate leaf = (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(
                issuedCertificates.latestFor(new CertificateId(id)).orElseThrow().leafPem().getBytes(StandardCharsets.US_ASCII)));
        assertThat(leaf.getSubjectX500Principal().getName()).contains("O=" + organization);
        assertThat(new String(leaf.getExtensionValue("2.5.29.32"), StandardCharsets.ISO_8859_1))
                .as("certificatePolicies holds the OV OID").isNotEmpty();
        assertThat(policyOids(leaf)).contains(OV_POLICY);
    }

    /** Buys one OV certificate and applies; returns its number from the grid. */
    private long applyForOv(String name, String organization, String contact) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click();
        page.locator("#buy-certificates").click();
        page.locator("#buy-type").getByText("OV (organization validated)").click();
        page.locator("#buy-confirm").click();
        assertThat(page.locator("#status-filter")).containsText("Pending Application");

        // The grid refreshes after the purchase and keeps recycled rows hidden: wait, then take
        // the newest visible row's Apply.
        page.waitForTimeout(300);
        waitForVaadin();
        page.locator("[data-action='apply']:visible").first().click();
        page.locator("#apply-names textarea").fill(name);
        page.locator("#apply-contact-name input").fill("Carol Contact");
        page.locator("#apply-contact-email input").fill(contact);
        page.locator("#apply-contact-phone input").fill("+8613800138000");
        field("Organization name").fill(organization);
        field("Registration number (e.g. unified social credit code)").fill("91310000MA1FL0001X");
        field("Company type").fill("Limited company");
        field("Country").fill("CN");
        field("State or province").fill("Shanghai");
        field("City").fill("Shanghai");
        field("Street address").fill("1 Century Avenue");
        field("Postal code").fill("200120");
        field("Organization phone").fill("+862155550000");
        screenshot("apply-ov");
        page.locator("#apply-submit").click();
        assertThat(page.locator("#apply-submitted")).isVisible();
        page.keyboard().press("Escape");

        page.locator("#status-filter").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Verifying")).click();
        waitForVaadin();
        searchDomain(name);
        return Long.parseLong(page.locator(".certificate-id:visible").textContent().strip().substring(1));
    }

    /** Publishes the TXT record the progress panel shows and runs Verify now. */
    private void verifyDomain(String name) {
        page.locator(".row-action[data-action='viewProgress']:visible").click();
        Locator host = page.locator(".progress-panel .dns-host").first();
        assertThat(host).hasText("_dnsauth." + name);
        demoZone.add(new DemoRecord(host.textContent().strip(), DemoRecordType.TXT,
                page.locator(".progress-panel .dns-value").first().textContent().strip()));
        page.locator("#progress-verify-now").click();
        assertThat(page.locator(".progress-panel .instruction-card")).containsText("Verified");
    }

    private Locator field(String label) {
        return page.locator("vaadin-text-field:has(> label:text-is('" + label + "')) input");
    }

    private void switchUser(String username, String password) {
        context.clearCookies();
        signIn(username, password);
        // Let the sign-in finish before navigating on, or the next navigation races it.
        page.waitForCondition(() -> !page.url().contains("/login"));
        waitForVaadin();
    }

    private Matcher mailedLink(String to) {
        for (int attempt = 0; attempt < 50; attempt++) {
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
