package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.certdesk.application.port.DemoZoneAdministration;
import org.certdesk.application.port.DemoZoneAdministration.RecordType;
import org.certdesk.application.port.DemoZoneAdministration.ZoneRecord;
import org.certdesk.ui.DemoNames;
import org.junit.jupiter.api.Test;
import org.shredzone.acme4j.Account;
import org.shredzone.acme4j.AccountBuilder;
import org.shredzone.acme4j.Authorization;
import org.shredzone.acme4j.Order;
import org.shredzone.acme4j.Session;
import org.shredzone.acme4j.Status;
import org.shredzone.acme4j.challenge.Dns01Challenge;
import org.shredzone.acme4j.toolbox.AcmeUtils;
import org.shredzone.acme4j.toolbox.JoseUtils;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The ACME page end to end: alice creates credentials in the console, a real ACME client
 * (acme4j) registers with them and obtains a certificate over dns-01 in the demo zone, the
 * certificate appears in her Manage Certificates, marked with the account it came from, and the
 * validation in her Domain validations, marked with the order that gathered it.
 */
class AcmeConsoleBrowserTest extends ChromiumTest {

    @Autowired
    DemoZoneAdministration zone;
    @Autowired
    DemoNames demoNames;

    @Test
    void credentialsFromTheConsoleObtainACertificateThatIsListedWithItsAcmeSource() throws Exception {
        signIn("alice", "alice-demo");
        assertThat(page).hasURL(Pattern.compile("^" + url("/certificates") + "(\\?continue)?$"));
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("ACME").setExact(true)).click();
        page.locator("#acme-create").click();
        page.locator("#acme-contact-name input").fill("Alice Ops");
        page.locator("#acme-contact-email input").fill("ops@alice.example.test");
        page.locator("#acme-contact-phone input").fill("+86 10 1234 5678");
        page.locator("#acme-create-confirm").click();
        assertThat(page.locator("#acme-hmac-key")).isVisible();
        String keyId = page.locator("#acme-key-id").textContent().strip();
        String hmacKey = page.locator("#acme-hmac-key").textContent().strip();
        assertThat(page.locator("#acme-certbot")).containsText("--eab-kid " + keyId);
        screenshot("acme-credentials");
        page.locator("#acme-create-close").click();

        KeyPair accountKey = ecKey();
        Account account = new AccountBuilder().addEmail("ops@alice.example.test").agreeToTermsOfService()
                .withKeyIdentifier(keyId, hmacKey).useKeyPair(accountKey).create(new Session(url("/acme/directory")));
        String location = account.getLocation().toString();
        long accountId = Long.parseLong(location.substring(location.lastIndexOf('/') + 1));
        String name = "acme-ui." + UUID.randomUUID().toString().substring(0, 8) + "." + demoNames.partOf("alice");
        Order order = account.newOrder().domain(name).create();
        for (Authorization authorization : order.getAuthorizations()) {
            Dns01Challenge challenge = authorization.findChallenge(Dns01Challenge.class).orElseThrow();
            zone.add(new ZoneRecord("_acme-challenge." + authorization.getIdentifier().getDomain(), RecordType.TXT,
                    challenge.getDigest()));
            challenge.trigger();
            assertThat(authorization.waitForCompletion(Duration.ofSeconds(30))).isEqualTo(Status.VALID);
        }
        assertThat(order.waitUntilReady(Duration.ofSeconds(30))).isEqualTo(Status.READY);
        order.execute(ecKey());
        assertThat(order.waitForCompletion(Duration.ofSeconds(30))).isEqualTo(Status.VALID);

        page.navigate(url("/acme-accounts"));
        assertThat(page.locator("#acme-accounts")).containsText(thumbprintOf(accountKey));

        page.navigate(url("/certificates"));
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click();
        searchDomain(name);
        assertThat(page.locator(".certificate-source:visible")).hasText("ACME, account " + accountId);
        Locator badge = page.locator(".status-badge:visible");
        assertThat(badge).containsText("Issued");
        badge.click();
        Locator popover = page.locator("vaadin-popover[opened]");
        assertThat(popover.locator(".acme-renewal-window")).containsText("Suggested renewal:");
        screenshot("acme-certificate-source");
        page.keyboard().press("Escape");

        // The evidence ledger (issue 12) lists the dns-01 validation under the ACME order that gathered it.
        String orderUrl = order.getLocation().toString();
        String orderId = orderUrl.substring(orderUrl.lastIndexOf('/') + 1);
        page.navigate(url("/domain-validations"));
        page.locator("#ledger-search input").fill(name);
        page.locator("#ledger-search input").press("Enter");
        page.waitForTimeout(600);
        waitForVaadin();
        Locator ledger = page.locator("#domain-validations");
        assertThat(ledger.locator(".ledger-name:visible")).hasText(name);
        assertThat(ledger).containsText("ACME dns-01 (BR 3.2.2.4.7)");
        assertThat(ledger.locator(".ledger-acme-order:visible")).hasText("ACME order #" + orderId);
        assertThat(ledger.locator(".ledger-observed:visible")).containsText("Seen: TXT _acme-challenge." + name + " = ");
        for (String perspective : new String[] {"Virginia", "Frankfurt", "Singapore", "São Paulo", "Johannesburg"}) {
            assertThat(ledger).containsText(perspective);
        }
        assertThat(ledger.locator(".reuse-badge:visible")).hasText(Pattern.compile("Reusable for \\d+ more days"));
        screenshot("domain-validations-acme");
    }

    /** The account's key thumbprint as the ACME page lists it (RFC 7638, the JWK's SHA-256). */
    private static String thumbprintOf(KeyPair accountKey) {
        return AcmeUtils.base64UrlEncode(JoseUtils.thumbprint(accountKey.getPublic()));
    }

    private static KeyPair ecKey() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
        generator.initialize(new ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }
}
