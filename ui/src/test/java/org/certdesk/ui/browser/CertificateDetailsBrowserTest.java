package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.certdesk.adapters.ca.hierarchy.CaCertificates;
import org.certdesk.adapters.ca.issuance.IssuedCertificateFiles;
import org.certdesk.adapters.ca.issuance.IssuedCertificates;
import org.certdesk.ui.DemoNames;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The details pages in Chromium: a DV certificate issued through the demo zone, opened from its
 * Issued status popover, its serial, fingerprint and chain judged by openssl on what the CA
 * stored, its PEM copied to the real clipboard; another tenant gets "not found" at the same
 * address; then an uploaded certificate's details, opened from its name in the Uploaded tab.
 */
class CertificateDetailsBrowserTest extends ChromiumTest {

    @Autowired
    DemoNames demoNames;
    @Autowired
    IssuedCertificates issuedCertificates;
    @Autowired
    CaCertificates caCertificates;
    @TempDir
    Path work;

    /** Issuing, parsing and uploading answer slower than a click on a machine shared with other builds. */
    @BeforeEach
    void patientAssertions() {
        PlaywrightAssertions.setDefaultAssertionTimeout(60_000);
        context.setDefaultTimeout(60_000);
    }

    @AfterEach
    void usualAssertionTimeout() {
        PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
    }

    @Test
    void anIssuedCertificatesDetailsMatchWhatTheCaSignedAndStayWithItsTenant() throws Exception {
        context.grantPermissions(List.of("clipboard-read", "clipboard-write"),
                new BrowserContext.GrantPermissionsOptions().setOrigin(url("")));
        String name = "www.det-" + UUID.randomUUID().toString().substring(0, 8) + "." + demoNames.partOf("alice");
        signIn("alice", "alice-demo");
        buyApplyAndIssueInTheDemoZone(name);

        page.locator("#status-filter").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("All statuses")).click();
        waitForVaadin();
        searchDomain(name);
        Locator badge = page.locator(".status-badge:visible");
        assertThat(badge).containsText("Issued");
        badge.click();
        page.locator("vaadin-popover[opened] .status-popover-details").click();
        assertThat(page.locator("#details-serial")).isVisible();
        String detailsUrl = page.url();

        String serial = page.locator("#details-serial").textContent().strip();
        IssuedCertificateFiles stored = issuedCertificates.bySerial(serial).orElseThrow();
        assertThat(page.locator("#details-names")).containsText(name);
        assertThat(page.locator("#pem-certificate textarea")).hasValue(stored.leafPem());
        Path leaf = write("leaf.pem", stored.leafPem());
        assertThat(openssl("x509", "-in", leaf.toString(), "-noout", "-serial")).isEqualToIgnoringCase("serial=" + serial);
        assertThat(openssl("x509", "-in", leaf.toString(), "-noout", "-fingerprint", "-sha256"))
                .isEqualTo("sha256 Fingerprint=" + page.locator("#details-sha256").textContent().strip());
        assertThat(page.locator("#details-policy")).containsText("2.23.140.1.2.1");
        assertThat(page.locator("#details-revocation-state")).hasText("Not revoked.");

        Locator chain = page.locator("#details-chain .chain-entry");
        assertThat(chain).hasCount(3);
        assertThat(chain.nth(2)).containsText("Root CA (self-signed)");
        String chainPem = page.locator("#pem-chain textarea").inputValue();
        assertThat(chainPem).isEqualTo(stored.chainPem() + caCertificates.rootPem());
        Path root = write("root.pem", caCertificates.rootPem());
        Path intermediate = write("intermediate.pem", stored.chainPem());
        assertThat(openssl("verify", "-CAfile", root.toString(), "-untrusted", intermediate.toString(), leaf.toString()))
                .isEqualTo(leaf + ": OK");

        assertThat(page.locator("#details-lint .lint-check")).hasCount(13);
        assertThat(page.locator("#details-evidence .evidence-entry")).containsText("DNS TXT record (BR 3.2.2.4.7)");
        assertThat(page.locator("#details-history")).containsText("Neither a renewal nor renewed");

        page.locator("#copy-certificate-pem").click();
        assertThat(page.getByText("Copied to the clipboard.")).isVisible();
        assertThat((String) page.evaluate("() => navigator.clipboard.readText()")).isEqualTo(stored.leafPem());
        page.locator("#copy-chain-pem").click();
        page.waitForFunction("expected => navigator.clipboard.readText().then(text => text === expected)", chainPem);
        page.locator("#details-facts").scrollIntoViewIfNeeded();
        page.waitForTimeout(500);
        screenshot("certificate-details");

        page.locator("#sign-out").click(new Locator.ClickOptions().setNoWaitAfter(true));
        page.waitForURL("**/login");
        signIn("bob", "bob-demo");
        assertThat(page.locator("#sign-out")).isVisible();
        page.navigate(detailsUrl);
        assertThat(page.getByText("Page not found")).isVisible();
        assertThat(page.locator("#details-serial")).hasCount(0);
    }

    @Test
    void anUploadedCertificatesDetailsShowItsFactsAndSayWhatDoesNotApply() throws Exception {
        String name = "up-det-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
        Path certificate = work.resolve("cert.pem");
        openssl("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:P-256", "-nodes", "-keyout",
                work.resolve("key.pem").toString(), "-out", certificate.toString(), "-subj", "/CN=" + name,
                "-addext", "subjectAltName=DNS:" + name, "-days", "90");
        signIn("alice", "alice-demo");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Uploaded Certificates")).click();
        page.locator("#upload-certificate").click();
        page.locator("#upload-label input").fill("Details " + name);
        page.locator("#upload-certificate-pem textarea").fill(Files.readString(certificate));
        page.locator("#upload-key textarea").fill(Files.readString(work.resolve("key.pem")));
        page.locator("#upload-save").click();
        assertThat(page.getByText("Uploaded \"Details " + name + "\"")).isVisible();

        page.locator(".uploaded-grid .certificate-name:visible", new Page.LocatorOptions().setHasText(name)).click();
        assertThat(page.locator("#details-serial")).isVisible();
        assertThat(openssl("x509", "-in", certificate.toString(), "-noout", "-serial"))
                .isEqualToIgnoringCase("serial=" + page.locator("#details-serial").textContent().strip());
        assertThat(openssl("x509", "-in", certificate.toString(), "-noout", "-fingerprint", "-sha256"))
                .isEqualTo("sha256 Fingerprint=" + page.locator("#details-sha256").textContent().strip());
        assertThat(page.locator("#details-key")).hasText("EC prime256v1, 256 bits");
        assertThat(page.locator("#details-chain .chain-entry")).hasCount(1);
        assertThat(page.locator("#details-chain")).containsText("The chain as stored ends before a root.");
        assertThat(page.locator("#details-not-ours")).containsText("CertDesk did not lint it");
        assertThat(page.locator("#details-pem")).containsText("No chain was uploaded with this certificate.");
        assertThat(page.locator("#pem-certificate textarea")).hasValue(
                java.util.regex.Pattern.compile("^-----BEGIN CERTIFICATE-----[\\s\\S]*"));

        // Leave alice's demo tenant as it was.
        page.locator("#details-back").click();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Uploaded Certificates")).click();
        int index = page.locator(".uploaded-grid .certificate-name:visible").allTextContents().indexOf(name);
        page.locator(".uploaded-grid [data-action='delete']:visible").nth(index).click();
        page.locator("[slot='confirm-button']:visible").click();
        assertThat(page.getByText("Deleted \"Details " + name + "\"")).isVisible();
    }

    private Path write(String file, String content) throws Exception {
        return Files.writeString(work.resolve(file), content, StandardCharsets.US_ASCII);
    }

    private String openssl(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output.strip();
    }
}
