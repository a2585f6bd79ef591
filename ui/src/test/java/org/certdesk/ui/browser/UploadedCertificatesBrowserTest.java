package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A certificate from elsewhere uploaded in Chromium: the certificate as a file through the real
 * upload component, the key pasted; the row with its badge, the Nginx zip downloaded, and deleted.
 */
class UploadedCertificatesBrowserTest extends ChromiumTest {

    @TempDir
    Path work;

    @Test
    void aCertificateUploadedAsAFileIsListedDownloadsForNginxAndIsDeleted() throws Exception {
        String name = "up-" + UUID.randomUUID().toString().substring(0, 8) + ".example.org";
        openssl("req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", "key.pem", "-out", "cert.pem", "-subj", "/CN=" + name,
                "-addext", "subjectAltName=DNS:" + name, "-days", "200");
        openssl("genpkey", "-algorithm", "RSA", "-pkeyopt", "rsa_keygen_bits:2048", "-out", "other.pem");
        signIn("alice", "alice-demo");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Uploaded Certificates")).click();

        page.locator("#upload-certificate").click();
        page.locator("#upload-label input").fill("Shop " + name);
        page.locator("vaadin-upload.pem-file").first().locator("input[type=file]").setInputFiles(work.resolve("cert.pem"));
        assertThat(page.locator("#upload-certificate-pem textarea")).hasValue(
                java.util.regex.Pattern.compile("^-----BEGIN CERTIFICATE-----[\\s\\S]*"));
        page.locator("#upload-key textarea").fill(Files.readString(work.resolve("other.pem")));
        page.locator("#upload-save").click();
        assertThat(page.locator("#upload-key")).hasAttribute("invalid", "");
        assertThat(page.locator("#upload-key [slot='error-message']")).hasText(
                "The key does not match this certificate: its public key is different.");
        screenshot("upload-certificate-dialog");

        page.locator("#upload-key textarea").fill(Files.readString(work.resolve("key.pem")));
        page.locator("#upload-save").click();
        assertThat(page.getByText("Uploaded \"Shop " + name + "\"")).isVisible();
        Locator row = page.locator(".certificate-name:visible", new Page.LocatorOptions().setHasText(name));
        assertThat(row).isVisible();
        assertThat(page.locator(".expiry-badge.expiry-valid:visible").first()).isVisible();
        // The dialog fades out after the upload; photograph the tab, not the fading dialog.
        assertThat(page.locator("#upload-save")).isHidden();
        page.waitForTimeout(500);
        screenshot("uploaded-certificates");

        // The row's Download: its actions cell sits in the same grid row as the name.
        int index = page.locator(".certificate-name:visible").allTextContents().indexOf(name);
        page.locator(".uploaded-grid [data-action='download']:visible").nth(index).click();
        page.locator("#download-password input").fill("uploaded key password");
        waitForVaadin();
        Download download = page.waitForDownload(() -> page.locator("#download-zip").click());
        org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo(name + "_nginx.zip");
        List<String> entries = entries(Files.readAllBytes(download.path()));
        org.assertj.core.api.Assertions.assertThat(entries).containsExactlyInAnyOrder(name + ".pem", name + ".key");

        // Delete it again, leaving alice's demo tenant as it was.
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Close").setExact(true)).last().click();
        page.locator(".uploaded-grid [data-action='delete']:visible").nth(index).click();
        page.locator("[slot='confirm-button']:visible").click();
        assertThat(page.getByText("Deleted \"Shop " + name + "\"")).isVisible();
        assertThat(row).hasCount(0);
    }

    private static List<String> entries(byte[] zip) throws IOException {
        List<String> names = new ArrayList<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                names.add(entry.getName());
            }
        }
        return names;
    }

    private void openssl(String... arguments) throws Exception {
        List<String> command = new ArrayList<>(List.of("openssl"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command).directory(work.toFile()).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        org.assertj.core.api.Assertions.assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        org.assertj.core.api.Assertions.assertThat(process.exitValue()).as(output).isZero();
    }
}
