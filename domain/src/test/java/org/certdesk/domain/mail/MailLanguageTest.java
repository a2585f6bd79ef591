package org.certdesk.domain.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;

import org.certdesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;

class MailLanguageTest {

    @Test
    void aStoredTagReadsBackAndAnUnknownOneIsRefusedReadably() {
        assertThat(MailLanguage.ofTag("zh-CN")).isEqualTo(MailLanguage.SIMPLIFIED_CHINESE);
        assertThat(MailLanguage.ofTag("en")).isEqualTo(MailLanguage.ENGLISH);
        assertThatThrownBy(() -> MailLanguage.ofTag("de")).isInstanceOf(DomainException.class)
                .hasMessageContaining("not de");
    }

    @Test
    void theConfiguredLocaleMapsToTheNearestLanguage() {
        assertThat(MailLanguage.nearest(Locale.SIMPLIFIED_CHINESE)).isEqualTo(MailLanguage.SIMPLIFIED_CHINESE);
        assertThat(MailLanguage.nearest(Locale.forLanguageTag("zh"))).isEqualTo(MailLanguage.SIMPLIFIED_CHINESE);
        assertThat(MailLanguage.nearest(Locale.GERMAN)).isEqualTo(MailLanguage.ENGLISH);
        assertThat(MailLanguage.SIMPLIFIED_CHINESE.locale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
    }
}
