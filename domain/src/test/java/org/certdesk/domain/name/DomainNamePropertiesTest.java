package org.certdesk.domain.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.IDN;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.certdesk.domain.shared.DomainException;

class DomainNamePropertiesTest {

    @Property
    void everyValidLabelSequenceRoundTripsThroughPunycode(@ForAll("labels") List<String> labels,
                                                          @ForAll("suffixes") String suffix) {
        // A fixed registrable label before the suffix: generated labels alone can form a name that
        // is itself on the Public Suffix List (e.g. "cn.com"), which is rightly refused.
        String unicode = String.join(".", labels) + ".example." + suffix;

        DomainName name = DomainName.parse(unicode);

        assertThat(name.unicode()).isEqualTo(unicode);
        assertThat(IDN.toUnicode(name.ascii())).isEqualTo(unicode);
        assertThat(DomainName.parse(name.ascii())).isEqualTo(name);
        assertThat(name.ascii()).matches("[a-z0-9.-]+");
    }

    @Property
    void wildcardOnAnyOfSomeKnownPublicSuffixesIsRefused(@ForAll("suffixes") String suffix) {
        assertThatThrownBy(() -> DomainName.parse("*." + suffix))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("public suffix");
    }

    @Property
    void anyLabelStartingOrEndingWithHyphenIsRefused(@ForAll("asciiLabel") String label, @ForAll boolean atStart) {
        String bad = atStart ? "-" + label : label + "-";

        assertThatThrownBy(() -> DomainName.parse(bad + ".example.com")).isInstanceOf(DomainException.class);
    }

    @Property
    void aLabelMixingLatinAndCyrillicLettersIsRefused(@ForAll("asciiLabel") String latin, @ForAll("cyrillicLetter") String cyrillic,
                                                     @ForAll boolean cyrillicFirst) {
        String mixed = (cyrillicFirst ? cyrillic + "a" + latin : "a" + latin + cyrillic) + ".example.com";

        assertThatThrownBy(() -> DomainName.parse(mixed))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("mixes");
    }

    @Provide
    Arbitrary<String> cyrillicLetter() {
        return Arbitraries.of("а", "е", "о", "р", "с", "у", "х", "п", "и", "ж");
    }

    @Provide
    Arbitrary<List<String>> labels() {
        Arbitrary<String> ascii = asciiLabel();
        // One script per label: a label mixing scripts is refused (Homographs, UTS #39).
        Arbitrary<String> latin = Arbitraries.strings().withChars("äöüéñ").ofMinLength(1).ofMaxLength(8).map(s -> s + "x");
        Arbitrary<String> han = Arbitraries.strings().withChars("中文例子").ofMinLength(1).ofMaxLength(8).map(s -> s + "7");
        Arbitrary<String> cyrillic = Arbitraries.strings().withChars("пример").ofMinLength(1).ofMaxLength(8).map(s -> s + "7");
        return Arbitraries.oneOf(ascii, latin, han, cyrillic).list().ofMinSize(1).ofMaxSize(3);
    }

    @Provide
    Arbitrary<String> asciiLabel() {
        return Arbitraries.strings().withCharRange('a', 'z').numeric().ofMinLength(1).ofMaxLength(20)
                .filter(s -> !s.startsWith("xn"));
    }

    @Provide
    Arbitrary<String> suffixes() {
        return Arbitraries.of("com", "org", "net", "co.uk", "de", "cn", "com.cn", "中国", "jp", "io");
    }
}
