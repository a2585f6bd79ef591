package org.certdesk.ui.browser;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import java.util.UUID;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.certdesk.application.port.PasswordHasher;
import org.certdesk.application.profile.ManageProfiles;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.account.UserAccount;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.Organization;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.PhoneNumber;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Contacts and companies in Chromium: the customer edits and deletes a saved contact and a company
 * profile, a refused value is shown at its field, and the Apply form's pickers offer what is left,
 * as edited.
 */
class SavedProfilesBrowserTest extends ChromiumTest {

    private static final String PASSWORD = "saved-profiles-password";

    @Autowired
    Tenants tenants;
    @Autowired
    UserAccounts accounts;
    @Autowired
    PasswordHasher hasher;
    @Autowired
    ManageProfiles manageProfiles;

    private String username;

    /** A tenant of this test's own with two saved contacts and two company profiles. */
    @BeforeEach
    void ownTenantWithProfiles() {
        String unique = UUID.randomUUID().toString().substring(0, 8);
        Tenant tenant = tenants.save(Tenant.unsaved("Profile Keeper " + unique));
        username = "profiles-" + unique;
        UserAccount account = accounts.save(UserAccount.newCustomer(username, "Profile Keeper", hasher.hash(PASSWORD), tenant.id()));
        Actor customer = Actor.customer(account.id(), username, tenant.id());
        manageProfiles.saveContact(customer, contact("Li Wei", "li.wei@example.com"));
        manageProfiles.saveContact(customer, contact("Wang Fang", "wang.fang@example.com"));
        manageProfiles.saveCompany(customer, company("Example Trading Co., Ltd."));
        manageProfiles.saveCompany(customer, company("Example Holdings Co., Ltd."));
    }

    @Test
    void editedAndDeletedEntriesShowSoInTheApplyFormsPickers() {
        signIn(username, PASSWORD);
        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Contacts and companies")).click();
        assertThat(visibleCell("#saved-contacts", "wang.fang@example.com")).hasCount(1);

        page.getByLabel("Edit Li Wei <li.wei@example.com>").click();
        page.locator("#contact-email input").fill("not-an-address");
        page.locator("#contact-save").click();
        assertThat(page.locator("#contact-email")).hasAttribute("invalid", "");
        page.locator("#contact-email input").fill("li.wei@corp.example.com");
        page.locator("#contact-save").click();
        assertThat(page.getByText("Saved. Applications you submit from now on use the new details.")).isVisible();
        assertThat(visibleCell("#saved-contacts", "li.wei@corp.example.com")).hasCount(1);

        page.getByLabel("Delete Wang Fang <wang.fang@example.com>").click();
        assertThat(page.locator("#profile-delete-dialog")).containsText("Applications already submitted keep their own copy.");
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete").setExact(true)).click();
        assertThat(visibleCell("#saved-contacts", "wang.fang@example.com")).hasCount(0);

        page.getByLabel("Edit Example Trading Co., Ltd. (CN)").click();
        page.locator("#company-country input").fill("C");
        page.locator("#company-save").click();
        assertThat(page.locator("#company-country")).hasAttribute("invalid", "");
        page.locator("#company-country input").fill("CN");
        page.locator("#company-city input").fill("Hangzhou");
        page.locator("#company-save").click();
        assertThat(visibleCell("#saved-companies", "Hangzhou, CN")).hasCount(1);
        page.getByLabel("Delete Example Holdings Co., Ltd. (CN)").click();
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Delete").setExact(true)).click();
        assertThat(visibleCell("#saved-companies", "Example Holdings")).hasCount(0);
        screenshot("saved-profiles");

        page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("SSL Certificates")).click();
        page.getByRole(AriaRole.TAB, new Page.GetByRoleOptions().setName("Manage Certificates")).click();
        page.locator("#buy-certificates").click();
        page.locator("#buy-type").getByText("OV (organization validated)").click();
        page.locator("#buy-confirm").click();
        assertThat(page.locator("#status-filter")).containsText("Pending Application");
        page.waitForTimeout(300);
        waitForVaadin();
        page.locator("[data-action='apply']:visible").first().click();

        openComboBox(page.locator("#apply-saved-contact"));
        Locator contactChoices = page.locator("vaadin-combo-box-item:visible");
        assertThat(contactChoices).hasText(new String[] {"Li Wei <li.wei@corp.example.com>"});
        contactChoices.first().click();
        assertThat(page.locator("#apply-contact-email input")).hasValue("li.wei@corp.example.com");

        openComboBox(page.locator("vaadin-combo-box:has(> label:text-is('Saved company profile'))"));
        Locator companyChoices = page.locator("vaadin-combo-box-item:visible");
        assertThat(companyChoices).hasText(new String[] {"Example Trading Co., Ltd. (CN)"});
        companyChoices.first().click();
        assertThat(page.locator("vaadin-text-field:has(> label:text-is('City')) input")).hasValue("Hangzhou");
    }

    /** Grid cells of shown rows only: a recycled row keeps its old text, hidden. */
    private Locator visibleCell(String grid, String text) {
        return page.locator(grid + " vaadin-grid-cell-content:visible").filter(new Locator.FilterOptions().setHasText(text));
    }

    private static Contact contact(String name, String email) {
        return new Contact(name, EmailAddress.parse(email), PhoneNumber.parse("+86 138 0013 8000"));
    }

    private static Organization company(String legalName) {
        return new Organization(legalName, "91310000MA1FL0000X", "Limited company", "CN", "Shanghai", "Shanghai",
                "1 Century Avenue", "200120", PhoneNumber.parse("+86 21 5555 0000"));
    }
}
