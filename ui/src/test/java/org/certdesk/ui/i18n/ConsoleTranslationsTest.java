package org.certdesk.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;

import org.junit.jupiter.api.Test;

/** Every console text exists in both languages (the refusals have their own such test in the domain). */
class ConsoleTranslationsTest {

    @Test
    void englishAndSimplifiedChineseHaveTheSameKeys() throws IOException {
        assertThat(keys("translations_zh_CN.properties")).isEqualTo(keys("translations.properties"));
    }

    private static Set<String> keys(String file) throws IOException {
        try (InputStream in = ConsoleTranslationsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            Properties properties = new Properties();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
            return properties.stringPropertyNames();
        }
    }
}
