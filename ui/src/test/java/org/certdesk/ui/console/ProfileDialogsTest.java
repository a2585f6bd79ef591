package org.certdesk.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.Organization;
import org.certdesk.domain.certificate.UpperBounds;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.profile.CompanyProfile;
import org.certdesk.domain.profile.SavedContact;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The edit dialogs check like the Apply form: its length limits, and each refusal at the field it is about. */
@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("alice")
class ProfileDialogsTest extends BrowserlessTest {

    private static final TenantId TENANT = new TenantId(1);

    private final List<Object> edits = new ArrayList<>();

    @BeforeEach
    void openTheConsole() {
        navigate(SavedProfilesView.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);
    }

    @Test
    void theContactFieldsHaveTheApplyFormsLimitsAndRefuseAtTheField() {
        ContactDialog dialog = new ContactDialog(new SavedContact(7L, TENANT, new Contact("Li Wei",
                EmailAddress.parse("li.wei@example.com"), PhoneNumber.parse("+86 138 0013 8000"))), edits::add, () -> { });

        assertThat(dialog.name.getMaxLength()).isEqualTo(UpperBounds.NAME);
        assertThat(dialog.email.getMaxLength()).isEqualTo(EmailAddress.MAX_LENGTH);
        assertThat(dialog.phone.getMaxLength()).isEqualTo(PhoneNumber.MAX_TYPED_LENGTH);

        dialog.name.setValue(" ");
        dialog.phone.setValue("12");
        dialog.save.click();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).isEqualTo("This field is required.");
        assertThat(dialog.phone.isInvalid()).isTrue();
        assertThat(dialog.email.isInvalid()).isFalse();

        // Longer than the browser lets through: the domain refuses it at the same field.
        dialog.name.setValue("L".repeat(UpperBounds.NAME + 1));
        dialog.phone.setValue("+86 138 0013 8000");
        dialog.save.click();
        assertThat(dialog.name.isInvalid()).isTrue();
        assertThat(dialog.name.getErrorMessage()).contains(String.valueOf(UpperBounds.NAME));
        assertThat(dialog.phone.isInvalid()).isFalse();
        assertThat(edits).isEmpty();

        dialog.name.setValue("Li Wei");
        dialog.save.click();
        assertThat(edits).containsExactly(new Contact("Li Wei", EmailAddress.parse("li.wei@example.com"),
                PhoneNumber.parse("+86 138 0013 8000")));
    }

    @Test
    void aCompanyFieldTheOrganizationRefusesIsMarkedInChinese() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        CompanyDialog dialog = new CompanyDialog(new CompanyProfile(8L, TENANT, new Organization("Example Trading Co., Ltd.",
                "91310000MA1FL0000X", "Limited company", "CN", "Shanghai", "Shanghai", "1 Century Avenue", "200120",
                PhoneNumber.parse("+86 21 5555 0000"))), edits::add, () -> { });

        assertThat(dialog.country.getMaxLength()).isEqualTo(UpperBounds.COUNTRY);
        assertThat(dialog.postalCode.getMaxLength()).isEqualTo(UpperBounds.POSTAL_CODE);
        dialog.legalName.setValue("");
        dialog.save.click();

        assertThat(dialog.legalName.isInvalid()).isTrue();
        assertThat(dialog.legalName.getErrorMessage()).isEqualTo("组织名称不能为空。");
        assertThat(edits).isEmpty();
    }
}
