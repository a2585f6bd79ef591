package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import org.certdesk.domain.name.DomainName;
import org.junit.jupiter.api.Test;

/**
 * Issue #6, the seed's .gov rule, in Chromium, with a real Whois server on loopback: the apply
 * panel refuses an organization that differs from the registrant; once they match alice submits;
 * the domain then changes hands at the registry, and rita sees the new registrant, the mismatch,
 * and approval blocked with that reason.
 */
class GovRegistrantJourneyBrowserTest extends OvJourneyTest {

    @Test
    void reviewerSeesTheWhoisRegistrantMismatchAndCannotApprove() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String name = "www.agency-" + unique + ".gov." + demoNames.partOf("alice");
        String registered = DomainName.parse(name).registrableDomain().ascii();
        String agency = "Federal Agency of Examples " + unique;
        String newRegistrant = "Example Holdings " + unique + " Inc";
        WHOIS.registrant(registered, agency);

        signInAs("alice", "alice-demo");
        buyOvAndFillApplication(name, new Company("Federal Agency of Samples " + unique, "91310000MA1FL0003Z"),
                "gov-" + unique + "@example.com");
        page.locator("#apply-submit").click();
        Locator organization = page.locator("vaadin-text-field:has(> label:text-is('Organization name'))");
        assertThat(organization).hasAttribute("invalid", "");
        assertThat(organization).containsText("The Whois registrant of '" + name + "' is '" + agency
                + "', which does not match the organization name 'Federal Agency of Samples " + unique + "'.");
        screenshot("gov-mismatch-before-submission");

        organizationField("Organization name").fill(agency);
        page.locator("#apply-submit").click();
        long id = submittedId(name);
        verifyDomainFromProgress(name);

        // The registry now shows another registrant: the reviewer's check asks Whois again.
        WHOIS.registrant(registered, newRegistrant);
        signInAs("rita", "rita-demo");
        openFromReviewQueue(id);
        String reason = "The Whois registrant of '" + name + "' is '" + newRegistrant
                + "', which does not match the organization name '" + agency + "'.";
        assertThat(page.locator("#detail-domains")).containsText("Whois registrant: " + newRegistrant);
        assertThat(page.locator("#detail-domains")).containsText("domain verified");
        assertThat(page.locator("#gov-mismatch")).hasText(".gov registrant mismatch: " + reason);
        assertThat(page.locator("#approve-blocker")).containsText(reason);
        assertThat(page.locator("#approve")).isDisabled();
        screenshot("gov-mismatch-review");
    }
}
