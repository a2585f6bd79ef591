package org.certdesk.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.UI;
import org.certdesk.domain.certificate.Product;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** The domain's refusals reach a Chinese-speaking customer in Chinese, next to the field they are about. */
@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("alice")
class ApplicationFormLanguageTest extends BrowserlessTest {

    private ApplicationForm form;

    @BeforeEach
    void openAChineseOvForm() {
        navigate(SslCertificatesView.class);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        form = new ApplicationForm(Product.single("CertDesk", ValidationType.OV), List.of(), List.of());
        form.contactName.setValue("李雷");
        form.contactEmail.setValue("lilei@example.com");
        form.contactPhone.setValue("+86 138 0000 0000");
        form.organizationPhone.setValue("+86 21 1234 5678");
    }

    @Test
    void aRefusedDomainNameIsExplainedInChineseAtTheNamesField() {
        form.names.setValue("bad_name.example.com");

        assertThat(form.read()).isEmpty();

        assertThat(form.names.isInvalid()).isTrue();
        assertThat(form.names.getErrorMessage()).isEqualTo("“bad_name.example.com”的每个标签只能包含字母、数字和连字符。");
    }

    @Test
    void aMissingOrganizationFieldIsExplainedInChineseAtThatField() {
        form.names.setValue("shop.example.com");
        form.registrationNumber.setValue("91310000MA1FL0000X");
        form.companyType.setValue("有限责任公司");
        form.country.setValue("CN");
        form.stateOrProvince.setValue("上海");
        form.city.setValue("上海");
        form.streetAddress.setValue("世纪大道 1 号");
        form.postalCode.setValue("200120");

        assertThat(form.read()).isEmpty();

        assertThat(form.legalName.isInvalid()).isTrue();
        assertThat(form.legalName.getErrorMessage()).isEqualTo("组织名称不能为空。");
        assertThat(form.names.isInvalid()).isFalse();
    }

    @Test
    void aPastedCsrIsCutByTheBrowserAndAnOversizedOneIsRefusedInChineseAtTheCsrField() {
        assertThat(form.csrPem.getMaxLength()).isEqualTo(org.certdesk.domain.certificate.CsrSource.Uploaded.MAX_LENGTH);
        form.names.setValue("shop.example.com");
        form.csrMethod.setValue(ApplicationForm.CsrMethod.UPLOAD);
        form.csrPem.setValue("-----BEGIN CERTIFICATE REQUEST-----\n" + "A".repeat(100_000) + "\n-----END CERTIFICATE REQUEST-----");

        assertThat(form.read()).isEmpty();

        assertThat(form.csrPem.isInvalid()).isTrue();
        assertThat(form.csrPem.getErrorMessage()).startsWith("CSR 的 PEM 文本最多 16 KiB");
    }
}
