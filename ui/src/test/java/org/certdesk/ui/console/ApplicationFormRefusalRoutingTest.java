package org.certdesk.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import com.vaadin.flow.component.UI;
import org.certdesk.domain.certificate.ApplicationRules;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.Product;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.review.GovRegistrantRule;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.verification.VerificationMethod;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A refusal from the submit use case lands at the field it names, by its FieldName alone (no
 * reading of its text), and one that names no field shows under the form.
 */
@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("alice")
class ApplicationFormRefusalRoutingTest extends BrowserlessTest {

    private ApplicationForm form;

    @BeforeEach
    void openAnOvFormInChinese() {
        navigate(SslCertificatesView.class);
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        form = new ApplicationForm(Product.single("CertDesk", ValidationType.OV), List.of(), List.of());
        form.names.setValue("*.shop.example.com");
        form.contactName.setValue("李雷");
        form.contactEmail.setValue("lilei@example.com");
        form.contactPhone.setValue("+86 138 0000 0000");
        form.legalName.setValue("Example Trading Co., Ltd.");
        form.registrationNumber.setValue("91310000MA1FL0000X");
        form.companyType.setValue("有限责任公司");
        form.country.setValue("CN");
        form.stateOrProvince.setValue("上海");
        form.city.setValue("上海");
        form.streetAddress.setValue("世纪大道 1 号");
        form.postalCode.setValue("200120");
        form.organizationPhone.setValue("+86 21 1234 5678");
    }

    private DomainException refusalOf(Runnable rule) {
        try {
            rule.run();
        } catch (DomainException refused) {
            return refused;
        }
        throw new AssertionError("the rule did not refuse");
    }

    @Test
    void aNameTheProductDoesNotCoverIsShownAtTheNames() {
        CertificateApplication application = form.read().orElseThrow();
        DomainException refused = refusalOf(() -> ApplicationRules.check(Product.single("CertDesk", ValidationType.OV), application,
                IssuancePolicy.baselineRequirements()));

        form.showRefusal(refused);

        assertThat(form.names.isInvalid()).isTrue();
        assertThat(form.names.getErrorMessage()).isEqualTo(refused.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("*.shop.example.com");
        assertThat(form.formError.isVisible()).isFalse();
    }

    @Test
    void aWhoisRegistrantMismatchIsShownAtTheOrganizationName() {
        form.names.setValue("www.agency.gov");
        CertificateApplication application = form.read().orElseThrow();
        Refusal problem = new GovRegistrantRule(domain -> Optional.of("Department of Examples"))
                .problemWith(ValidationType.OV, application).orElseThrow();

        form.showRefusal(new DomainException(problem));

        assertThat(form.legalName.isInvalid()).isTrue();
        assertThat(form.legalName.getErrorMessage())
                .isEqualTo("“www.agency.gov”的 Whois 注册人是“Department of Examples”，与组织名称“Example Trading Co., Ltd.”不一致。");
        assertThat(form.names.isInvalid()).isFalse();
    }

    @Test
    void aCsrRefusalIsShownAtTheCsrEvenWhenItsTextNamesADomain() {
        form.csrMethod.setValue(ApplicationForm.CsrMethod.UPLOAD);
        // As the CA's CSR inspection refuses a CSR whose names differ from the application's.
        form.showRefusal(new DomainException(Refusal.of("csr.namesMissing", "'www.example.com'", FieldName.CSR)));

        assertThat(form.csrPem.isInvalid()).isTrue();
        assertThat(form.csrPem.getErrorMessage()).startsWith("CSR").contains("www.example.com");
        assertThat(form.names.isInvalid()).isFalse();
    }

    @Test
    void aRefusalThatNamesNoFieldIsShownUnderTheForm() {
        form.showRefusal(new DomainException(Refusal.of("certificate.alreadySubmitted")));

        assertThat(form.formError.isVisible()).isTrue();
        assertThat(form.formError.getText()).isEqualTo(Refusal.of("certificate.alreadySubmitted").in(Locale.SIMPLIFIED_CHINESE));
        assertThat(form.names.isInvalid()).isFalse();
        assertThat(form.csrPem.isInvalid()).isFalse();
        assertThat(form.legalName.isInvalid()).isFalse();
    }

    @Test
    void aFileMethodForAWildcardIsSwitchedOffAndRefusedAtTheMethodIfItArrivesAnyway() {
        Product dvMulti = Product.multiDomain("CertDesk", ValidationType.DV, 3);
        ApplicationForm dv = new ApplicationForm(dvMulti, List.of(), List.of());
        dv.verificationMethod.setValue(VerificationMethod.FILE);
        dv.names.setValue("www.shop.example.com\n*.shop.example.com");

        assertThat(dv.verificationMethod.getItemEnabledProvider().test(VerificationMethod.FILE)).isFalse();
        assertThat(dv.verificationMethod.getValue()).isEqualTo(VerificationMethod.DNS_TXT);
        assertThat(dv.verificationMethod.getHelperText()).contains("BR 3.2.2.4.18".substring(3));

        // As if a crafted request selected the switched-off item: the rule refuses it at the method.
        dv.verificationMethod.setValue(VerificationMethod.FILE);
        dv.contactName.setValue("李雷");
        dv.contactEmail.setValue("lilei@example.com");
        dv.contactPhone.setValue("+86 138 0000 0000");
        CertificateApplication application = dv.read().orElseThrow();
        DomainException refused = refusalOf(() -> ApplicationRules.check(dvMulti, application, IssuancePolicy.baselineRequirements()));
        dv.showRefusal(refused);

        assertThat(dv.verificationMethod.isInvalid()).isTrue();
        assertThat(dv.verificationMethod.getErrorMessage()).contains("*.shop.example.com").contains("3.2.2.4.18");
        assertThat(dv.names.isInvalid()).isFalse();
        assertThat(dv.formError.isVisible()).isFalse();

        dv.names.setValue("www.shop.example.com");
        assertThat(dv.verificationMethod.getItemEnabledProvider().test(VerificationMethod.FILE)).isTrue();
    }

    @Test
    void anEmptyRequiredFieldIsMarkedWithoutReachingTheDomain() {
        form.contactPhone.setValue(" ");

        assertThat(form.read()).isEmpty();

        assertThat(form.contactPhone.isInvalid()).isTrue();
        assertThat(form.contactPhone.getErrorMessage()).isEqualTo(form.getTranslation("apply.required"));
        assertThat(form.contactEmail.isInvalid()).isFalse();
    }
}
