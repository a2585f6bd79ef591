package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import org.certdesk.ui.DemoNames;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The private key leaves only as the customer chose, in Chromium: a DV certificate with a
 * generated key is downloaded with a password typed in the dialog (a too-short one is refused at
 * the field first) and openssl opens the key with that password only; a generated password opens
 * the PFX store. A certificate made from the customer's own CSR offers no PFX/JKS choice at all.
 */
class KeyDownloadBrowserTest extends ChromiumTest {

    private static final String TYPED_PASSWORD = "typed in the dialog 7";
    /** Deriving the key from the password (600,000 PBKDF2 rounds) takes seconds on a loaded machine. */
    private static final Page.WaitForDownloadOptions DOWNLOAD = new Page.WaitForDownloadOptions().setTimeout(60_000);
    private static final LocatorAssertions.IsVisibleOptions SLOW = new LocatorAssertions.IsVisibleOptions().setTimeout(30_000);

    @Autowired
    DemoNames demoNames;
    @TempDir
    Path work;

    @Test
    void theGeneratedKeyIsDownloadedEncryptedWithThePasswordTypedInTheDialog() throws Exception {
        String name = uniqueName();
        signIn("alice", "alice-demo");
        applyAndIssue(name, null);
        openDownloadDialog(name);

        Locator password = page.locator("#download-password input");
        password.fill("too short");
        assertThat(page.locator("#download-password")).containsText("Key password needs at least 12 characters; it has 9.");
        assertThat(page.locator("#download-zip")).not().hasAttribute("href", java.util.regex.Pattern.compile(".*"));

        password.fill(TYPED_PASSWORD);
        waitForVaadin();
        screenshot("download-key-password");
        Map<String, byte[]> zip = unzip(page.waitForDownload(DOWNLOAD, () -> page.locator("#download-zip").click()));
        assertThat(zip).containsOnlyKeys(name + ".pem", name + ".key");
        Path key = write("typed.key", zip.get(name + ".key"));
        assertThat(Files.readString(key)).startsWith("-----BEGIN ENCRYPTED PRIVATE KEY-----");
        Path leaf = write("leaf.pem", zip.get(name + ".pem"));
        assertThat(succeeds("openssl", "pkey", "-in", key.toString(), "-passin", "pass:" + TYPED_PASSWORD, "-pubout"))
                .as("the typed password opens the key of this certificate")
                .isEqualTo(succeeds("openssl", "x509", "-in", leaf.toString(), "-noout", "-pubkey"));
        fails("openssl", "pkey", "-in", key.toString(), "-passin", "pass:typed in the dialog 8", "-noout");

        // A store has no clear option; a generated password, shown once, opens it.
        page.getByText("IIS (PFX store)").click();
        assertThat(page.locator("#download-unencrypted")).hasAttribute("disabled", "");
        page.locator("#download-generate").click();
        Locator shown = page.locator("#download-generated-password");
        assertThat(shown).hasText(java.util.regex.Pattern.compile("[A-Za-z0-9]{24}"));
        String generated = shown.textContent().strip();
        waitForVaadin();
        Map<String, byte[]> pfxZip = unzip(page.waitForDownload(DOWNLOAD, () -> page.locator("#download-zip").click()));
        assertThat(pfxZip).containsOnlyKeys(name + ".pfx");
        Path pfx = write("store.pfx", pfxZip.get(name + ".pfx"));
        assertThat(succeeds("openssl", "pkcs12", "-in", pfx.toString(), "-passin", "pass:" + generated, "-nokeys", "-clcerts"))
                .contains("BEGIN CERTIFICATE");
        fails("openssl", "pkcs12", "-in", pfx.toString(), "-passin", "pass:" + TYPED_PASSWORD, "-noout");
    }

    @Test
    void aCertificateForTheCustomersOwnCsrOffersNoStoreFormats() throws Exception {
        String name = uniqueName();
        succeeds("openssl", "req", "-new", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes",
                "-keyout", work.resolve("own.key").toString(), "-subj", "/CN=" + name, "-addext", "subjectAltName=DNS:" + name,
                "-out", work.resolve("own.csr").toString());
        signIn("alice", "alice-demo");
        applyAndIssue(name, Files.readString(work.resolve("own.csr")));
        openDownloadDialog(name);

        Locator server = page.locator("#download-server");
        assertThat(server).containsText("Nginx");
        assertThat(server).containsText("Apache");
        assertThat(server).not().containsText("PFX");
        assertThat(server).not().containsText("JKS");
        assertThat(page.locator("#download-password")).hasCount(0);
        assertThat(page.getByText("does not hold its private key: only the PEM formats are offered")).isVisible();

        Map<String, byte[]> zip = unzip(page.waitForDownload(DOWNLOAD, () -> page.locator("#download-zip").click()));
        assertThat(zip).containsOnlyKeys(name + ".pem");
    }

    /** Buys a DV certificate, applies (own CSR when given), publishes the record in the demo zone and verifies. */
    private void applyAndIssue(String name, String csrPem) {
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click();
        page.locator("#buy-certificates").click();
        page.locator("#buy-confirm").click();
        assertThat(page.locator("#status-filter")).containsText("Pending Application");
        page.waitForTimeout(300);
        waitForVaadin();
        page.locator("[data-action='apply']:visible").first().click();
        page.locator("#apply-names textarea").fill(name);
        if (csrPem != null) {
            page.getByText("Use my own CSR").click();
            page.locator(".pem-input:visible textarea").fill(csrPem);
        }
        page.locator("#apply-contact-name input").fill("Alice Admin");
        page.locator("#apply-contact-email input").fill("alice@example.com");
        page.locator("#apply-contact-phone input").fill("+86 138 0013 8000");
        page.locator("#apply-submit").click();
        // Submitting generates the key and issuing signs it: slower than the 5 s default on a busy machine.
        assertThat(page.locator("#apply-submitted")).isVisible(SLOW);
        page.locator("#publish-demo").click();
        assertThat(page.getByText("Published 1 record(s) in the demo zone.")).isVisible(SLOW);
        page.locator("#verify-now").click();
        assertThat(page.getByText("Verified: the certificate is issued.")).isVisible(SLOW);
    }

    /** From the Issued badge's popover, as DvJourneyBrowserTest does. */
    private void openDownloadDialog(String name) {
        page.locator("#status-filter").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Issued")).click();
        searchDomain(name);
        Locator badge = page.locator(".status-badge:visible");
        assertThat(badge).containsText("Issued");
        badge.click();
        page.locator("vaadin-popover[opened] .status-popover-action").click();
        assertThat(page.locator("#download-zip")).isVisible();
    }

    private String uniqueName() {
        return "www.k-" + UUID.randomUUID().toString().substring(0, 8) + "." + demoNames.partOf("alice");
    }

    private Path write(String file, byte[] content) throws IOException {
        return Files.write(work.resolve(file), content);
    }

    private static Map<String, byte[]> unzip(Download download) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(download.path()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String succeeds(String... command) throws IOException, InterruptedException {
        Finished finished = run(command);
        assertThat(finished.exitCode()).as(finished.describe()).isZero();
        return finished.output();
    }

    private static void fails(String... command) throws IOException, InterruptedException {
        Finished finished = run(command);
        assertThat(finished.exitCode()).as(finished.describe()).isNotZero();
    }

    private record Finished(List<String> command, int exitCode, String output) {

        String describe() {
            return String.join(" ", command) + "\n" + output;
        }
    }

    private static Finished run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        return new Finished(List.of(command), process.exitValue(), output);
    }
}
