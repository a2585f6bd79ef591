package org.certdesk.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.dom.Element;
import org.certdesk.domain.certificate.Product;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.test.context.support.WithUserDetails;

/** IDN homographs at the apply form (issue 14): mixed scripts refused at the names field, Latin look-alikes warned about. */
@SpringBootTest(classes = CertDeskApplication.class)
@WithUserDetails("alice")
class ApplicationFormHomographTest extends BrowserlessTest {

    private ApplicationForm form;

    @BeforeEach
    void openADvForm() {
        navigate(SslCertificatesView.class);
        UI.getCurrent().setLocale(Locale.ENGLISH);
        form = new ApplicationForm(Product.single("CertDesk", ValidationType.DV), List.of(), List.of());
        form.contactName.setValue("Alice Admin");
        form.contactEmail.setValue("alice@example.com");
        form.contactPhone.setValue("+86 138 0013 8000");
    }

    @Test
    void aNameWithACyrillicLetterAmongLatinOnesIsRefusedAtTheNamesFieldWithItsALabel() {
        form.names.setValue("аpple.com");

        assertThat(form.read()).isEmpty();

        assertThat(form.names.isInvalid()).isTrue();
        assertThat(form.names.getErrorMessage()).isEqualTo("'аpple.com' (xn--pple-43d.com) mixes Cyrillic, Latin letters in the"
                + " label 'аpple', which is how a name imitates another; write each label in one script.");
    }

    @Test
    void theRefusalIsInChineseForAChineseCustomer() {
        UI.getCurrent().setLocale(Locale.SIMPLIFIED_CHINESE);
        form.names.setValue("xn--pple-43d.com");

        assertThat(form.read()).isEmpty();

        assertThat(form.names.getErrorMessage()).startsWith("“аpple.com”（xn--pple-43d.com）的标签“аpple”混用了");
    }

    @Test
    void aNameWhollyInCyrillicThatReadsAsLatinIsWarnedAboutWhileTypingButAccepted() {
        form.names.setValue("xn--80ak6aa92e.com");

        assertThat(warnings()).singleElement().asString()
                .contains("аррӏе.com (xn--80ak6aa92e.com) can be mistaken for apple.com");
        assertThat(form.read()).isPresent();
        assertThat(form.names.isInvalid()).isFalse();
    }

    @Test
    void legitimateIdnsAreNeitherRefusedNorWarnedAbout() {
        form = new ApplicationForm(Product.multiDomain("CertDesk", ValidationType.DV, 3), List.of(), List.of());
        form.contactName.setValue("Alice Admin");
        form.contactEmail.setValue("alice@example.com");
        form.contactPhone.setValue("+86 138 0013 8000");
        form.names.setValue("münchen.de\n例え.jp\nпример.рф");

        assertThat(warnings()).isEmpty();
        assertThat(form.read()).isPresent();
    }

    private List<String> warnings() {
        return descendants(form.namesWarnings.getElement())
                .filter(e -> e.getClassList().contains("lookalike-warning")).map(Element::getTextRecursively).toList();
    }

    private static Stream<Element> descendants(Element element) {
        return Stream.concat(Stream.of(element), element.getChildren().flatMap(ApplicationFormHomographTest::descendants));
    }
}
