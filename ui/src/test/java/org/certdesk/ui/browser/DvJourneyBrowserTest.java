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
import com.microsoft.playwright.options.AriaRole;
import org.certdesk.adapters.ca.hierarchy.CaCertificates;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The whole DV journey as a customer clicks it, in Chromium: buy, find it under Pending
 * Application, apply with a system-generated CSR and DNS verification, publish the shown TXT
 * record in a dnsmasq the test started (the console's configured resolver, so the demo zone is
 * off), Verify now, see Issued in the status popover, download the Nginx zip (the key under a
 * password typed in the dialog) and have openssl accept its certificate against the CertDesk root. The resolver setting gives this class a
 * Spring context of its own: the other journeys rely on the demo zone.
 */
class DvJourneyBrowserTest extends ChromiumTest {

    private static final String ZONE = "example.com";
    /** The zone and its parent: the CAA check climbs to "com" (RFC 8659 section 3). */
    private static final List<String> SERVED = List.of(ZONE, "com");
    private static final int DNS_PORT = LoopbackDnsmasq.freePort();

    private static LoopbackDnsmasq dnsmasq;

    @Autowired
    CaCertificates caCertificates;

    @DynamicPropertySource
    static void resolverIsTheTestsDnsmasq(DynamicPropertyRegistry registry) {
        registry.add("certdesk.dns.resolver-host", () -> "127.0.0.1");
        registry.add("certdesk.dns.resolver-port", () -> DNS_PORT);
        // dnsmasq serves the test's zones unsigned and no root: nothing to validate to the IANA anchors.
        registry.add("certdesk.dns.dnssec-validation", () -> "false");
    }

    @AfterAll
    static void stopDnsmasq() throws IOException {
        if (dnsmasq != null) {
            dnsmasq.close();
        }
    }

    @Test
    void customerBuysAppliesVerifiesAndDownloadsAnIssuedCertificate(@org.junit.jupiter.api.io.TempDir Path work)
            throws Exception {
        dnsmasq = LoopbackDnsmasq.start(DNS_PORT, SERVED);
        String name = "www.shop-" + UUID.randomUUID().toString().substring(0, 8) + "." + ZONE;
        signIn("alice", "alice-demo");
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click();

        page.locator("#buy-certificates").click();
        page.locator("#buy-confirm").click();
        assertThat(page.locator("#status-filter")).containsText("Pending Application");
        page.waitForTimeout(300);
        waitForVaadin();

        page.locator("[data-action='apply']:visible").first().click();
        page.locator("#apply-names textarea").fill(name);
        page.locator("#apply-contact-name input").fill("Alice Admin");
        page.locator("#apply-contact-email input").fill("alice@example.com");
        page.locator("#apply-contact-phone input").fill("+86 138 0013 8000");
        screenshot("apply-panel");
        page.locator("#apply-submit").click();

        assertThat(page.locator("#apply-submitted")).isVisible();
        String host = page.locator(".dns-host").first().textContent().strip();
        String value = page.locator(".dns-value").first().textContent().strip();
        assertThat(host).isEqualTo("_dnsauth." + name);
        assertThat(value).matches("\\d{14}[a-z0-9]{50}");

        page.locator("#verify-now").click();
        assertThat(page.locator(".last-check").first()).containsText("No DNS record found.");

        dnsmasq.close();
        dnsmasq = LoopbackDnsmasq.start(DNS_PORT, SERVED, host, value);
        page.locator("#verify-now").click();
        assertThat(page.getByText("Verified: the certificate is issued.")).isVisible();

        page.locator("#status-filter").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Issued")).click();
        searchDomain(name);
        Locator badge = page.locator(".status-badge:visible");
        assertThat(badge).containsText("Issued");
        badge.click();
        Locator popover = page.locator("vaadin-popover[opened]");
        assertThat(popover.getByText("The certificate is signed and ready to download")).isVisible();
        screenshot("status-popover");
        popover.locator(".status-popover-action").click();

        page.locator("#download-password input").fill("dv journey key pass");
        waitForVaadin();
        Download download = page.waitForDownload(() -> page.locator("#download-zip").click());
        Map<String, byte[]> zip = unzip(download.path());
        assertThat(zip).containsOnlyKeys(name + ".pem", name + ".key");

        Path fullChain = work.resolve("fullchain.pem");
        Files.write(fullChain, zip.get(name + ".pem"));
        Path root = work.resolve("root.pem");
        Files.writeString(root, caCertificates.rootPem());
        Path leaf = work.resolve("leaf.pem");
        String chain = new String(zip.get(name + ".pem"), StandardCharsets.US_ASCII);
        int second = chain.indexOf("-----BEGIN CERTIFICATE-----", 10);
        Files.writeString(leaf, chain.substring(0, second));
        Path intermediate = work.resolve("intermediate.pem");
        Files.writeString(intermediate, chain.substring(second));
        String verify = run("openssl", "verify", "-CAfile", root.toString(), "-untrusted", intermediate.toString(), leaf.toString());
        assertThat(verify).contains(leaf + ": OK");
        assertThat(run("openssl", "x509", "-in", leaf.toString(), "-noout", "-ext", "subjectAltName")).contains("DNS:" + name);
        Path key = work.resolve("key.pem");
        Files.write(key, zip.get(name + ".key"));
        assertThat(run("openssl", "pkey", "-in", key.toString(), "-passin", "pass:dv journey key pass", "-pubout"))
                .as("the private key belongs to the certificate")
                .isEqualTo(run("openssl", "x509", "-in", leaf.toString(), "-noout", "-pubkey"));
    }

    private static Map<String, byte[]> unzip(Path file) throws IOException {
        Map<String, byte[]> entries = new HashMap<>();
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(file))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                entries.put(entry.getName(), in.readAllBytes());
            }
        }
        return entries;
    }

    private static String run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(String.join(" ", command) + "\n" + output).isZero();
        return output;
    }
}
