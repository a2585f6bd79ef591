package org.certdesk.domain.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;

import org.certdesk.domain.certificate.Organization;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.PhoneNumber;
import org.junit.jupiter.api.Test;

class RefusalTranslationsTest {

    @Test
    void everyRefusalHasAChineseTranslationAndNoOther() throws IOException {
        Properties english = load("refusals.properties");
        Properties chinese = load("refusals_zh_CN.properties");

        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
    }

    @Test
    void literalQuotesAreDoubledSoMessageFormatKeepsThem() throws IOException {
        for (String file : new String[] {"refusals.properties", "refusals_zh_CN.properties"}) {
            Properties texts = load(file);
            for (String key : texts.stringPropertyNames()) {
                assertThat(texts.getProperty(key).replace("''", "")).as(file + " " + key).doesNotContain("'");
            }
        }
    }

    @Test
    void aRefusedDomainNameReadsInChineseWithTheTypedName() {
        assertThatThrownBy(() -> DomainName.parse("bad_name.example.com"))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.getMessage())
                            .isEqualTo("'bad_name.example.com' may contain only letters, digits and hyphens in each label.");
                    assertThat(refused.messageIn(Locale.SIMPLIFIED_CHINESE))
                            .isEqualTo("“bad_name.example.com”的每个标签只能包含字母、数字和连字符。");
                    assertThat(refused.messageIn(Locale.GERMAN)).isEqualTo(refused.getMessage());
                });
    }

    @Test
    void aNestedRefusalIsTranslatedInsideItsParent() {
        assertThatThrownBy(() -> EmailAddress.parse("info@localhost"))
                .isInstanceOfSatisfying(DomainException.class, refused -> assertThat(refused.messageIn(Locale.SIMPLIFIED_CHINESE))
                        .startsWith("“info@localhost”的域名无效：“localhost”"));
    }

    @Test
    void aRefusalAboutAFieldNamesItAndTranslatesItsLabel() {
        assertThatThrownBy(() -> new Organization(" ", "91310000", "LLC", "CN", "Shanghai", "Shanghai", "1 Road", "200000",
                PhoneNumber.parse("+86 21 1234 5678")))
                .isInstanceOfSatisfying(DomainException.class, refused -> {
                    assertThat(refused.field()).contains("legalName");
                    assertThat(refused.getMessage()).isEqualTo("Organization name is required.");
                    assertThat(refused.messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("组织名称不能为空。");
                });
    }

    @Test
    void aRefusalWithoutAFieldNamesNoneAndItsUntranslatedArgumentsStayAsTyped() {
        DomainException refused = new DomainException(Refusal.of("review.alreadyClaimed", "rita"));

        assertThat(refused.field()).isEmpty();
        assertThat(refused.getMessage()).isEqualTo("This application was already claimed by rita.");
        assertThat(refused.messageIn(Locale.SIMPLIFIED_CHINESE)).isEqualTo("该申请已被 rita 认领。");
    }

    private static Properties load(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = RefusalTranslationsTest.class.getResourceAsStream(file)) {
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
