package org.certdesk.ui.i18n;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.certdesk.application.account.AccountProblem;
import org.certdesk.domain.upload.UploadProblem;
import org.junit.jupiter.api.Test;

/**
 * Every refusal the code can throw has its English and its Chinese text: the keys written in
 * {@code Refusal.of("...")} anywhere in the modules' sources, and the keys made from a problem's
 * name. A missing one would fail only when a customer or a reviewer met that refusal.
 */
class RefusalKeysTest {

    /** The first argument of Refusal.of, up to its first comma or parenthesis (a ternary's two keys included). */
    private static final Pattern KEY_ARGUMENT = Pattern.compile("Refusal\\.of\\(([^,)]*)");
    private static final Pattern LITERAL = Pattern.compile("\"([^\"]+)\"");

    @Test
    void everyKeyTheSourcesNameHasBothTexts() throws IOException {
        Set<String> keys = keysInSources();
        assertThat(keys).as("the scan found the refusals").hasSizeGreaterThan(150).contains("certificate.badRevocationReason");

        assertThat(texts("refusals.properties").stringPropertyNames()).containsAll(keys);
        assertThat(texts("refusals_zh_CN.properties").stringPropertyNames()).containsAll(keys);
    }

    @Test
    void everyKeyMadeFromAProblemsNameHasBothTexts() throws IOException {
        Stream<String> keys = Stream.concat(Arrays.stream(AccountProblem.values()).map(p -> "accounts." + p.name()),
                Arrays.stream(UploadProblem.values()).map(p -> "upload." + p.name()));
        Set<String> english = texts("refusals.properties").stringPropertyNames();
        Set<String> chinese = texts("refusals_zh_CN.properties").stringPropertyNames();

        assertThat(keys).allSatisfy(key -> assertThat(english).contains(key)).allSatisfy(key -> assertThat(chinese).contains(key));
    }

    private static Set<String> keysInSources() throws IOException {
        Set<String> keys = new TreeSet<>();
        for (String module : new String[] {"domain", "application", "adapters", "ui"}) {
            try (Stream<Path> files = Files.walk(Path.of("..", module, "src", "main", "java"))) {
                for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                    Matcher argument = KEY_ARGUMENT.matcher(Files.readString(file));
                    while (argument.find()) {
                        Matcher literal = LITERAL.matcher(argument.group(1));
                        while (literal.find()) {
                            // "accounts." + name() is a prefix: the other test checks those.
                            if (!literal.group(1).endsWith(".")) {
                                keys.add(literal.group(1));
                            }
                        }
                    }
                }
            }
        }
        return keys;
    }

    private static Properties texts(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = RefusalKeysTest.class.getResourceAsStream("/org/certdesk/domain/shared/" + file)) {
            assertThat(in).as(file).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }
}
