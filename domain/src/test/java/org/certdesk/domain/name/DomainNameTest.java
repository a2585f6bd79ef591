package org.certdesk.domain.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.certdesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DomainNameTest {

    @Test
    void unicodeNameIsKeptInBothPunycodeAndUnicode() {
        DomainName name = DomainName.parse("Bücher.example.com");

        assertThat(name.ascii()).isEqualTo("xn--bcher-kva.example.com");
        assertThat(name.unicode()).isEqualTo("bücher.example.com");
        assertThat(name.value()).isEqualTo(name.ascii());
        assertThat(name.isIdn()).isTrue();
    }

    @Test
    void chineseNameConvertsToPunycode() {
        DomainName name = DomainName.parse("例子.中国");

        assertThat(name.ascii()).isEqualTo("xn--fsqu00a.xn--fiqs8s");
        assertThat(name.unicode()).isEqualTo("例子.中国");
    }

    @ParameterizedTest
    @ValueSource(strings = {"straße.de", "σος.gr"})
    void idnaDeviationCharactersAreRefusedBecauseTheirConversionIsAmbiguous(String input) {
        assertThatThrownBy(() -> DomainName.parse(input))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("converts differently in IDNA2003 and IDNA2008");
    }

    @Test
    void nameIsLowerCasedAndTrailingDotDropped() {
        DomainName name = DomainName.parse("  WWW.Example.COM. ");

        assertThat(name.ascii()).isEqualTo("www.example.com");
        assertThat(name.isIdn()).isFalse();
    }

    @Test
    void wildcardKeepsItsLabelAndExposesTheBaseDomain() {
        DomainName name = DomainName.parse("*.Example.com");

        assertThat(name.isWildcard()).isTrue();
        assertThat(name.ascii()).isEqualTo("*.example.com");
        assertThat(name.baseDomain().ascii()).isEqualTo("example.com");
        assertThat(name.baseDomain().isWildcard()).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"*.com", "*.co.uk", "*.github.io"})
    void wildcardDirectlyOnAPublicSuffixIsRefused(String input) {
        assertThatThrownBy(() -> DomainName.parse(input))
                .isInstanceOf(DomainException.class)
                .hasMessage("'" + input + "' puts a wildcard directly on a public suffix.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"www.*.example.com", "w*.example.com", "*.*.example.com", "example.*"})
    void wildcardOtherThanTheWholeLeftMostLabelIsRefused(String input) {
        assertThatThrownBy(() -> DomainName.parse(input))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("'" + input + "'");
    }

    @Test
    void publicSuffixItselfIsRefused() {
        assertThatThrownBy(() -> DomainName.parse("co.uk"))
                .hasMessage("'co.uk' is a public suffix, not a name that can be registered.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"256.1.1.1", "8.8.8.8", "*.example.1com", "www.example.123"})
    void aTopLevelLabelStartingWithADigitIsRefusedNotThrown(String input) {
        assertThatThrownBy(() -> DomainName.parse(input))
                .isInstanceOf(DomainException.class)
                .hasMessage("'" + input + "' is neither an IP address nor a domain name: a top-level domain cannot start with a digit.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"server.local", "intranet", "host.corp", "db.internal"})
    void internalNamesAreRefused(String input) {
        assertThatThrownBy(() -> DomainName.parse(input))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("not under a public suffix");
    }

    @Test
    void demoTldNamesAreAllowedAndMarkedInternal() {
        DomainName name = DomainName.parse("shop.example.test");

        assertThat(name.isDemo()).isTrue();
        assertThat(name.isInternal()).isTrue();
        assertThat(DomainName.parse("www.example.com").isDemo()).isFalse();
    }

    @Test
    void wildcardOnTheDemoTldItselfIsRefused() {
        assertThatThrownBy(() -> DomainName.parse("*.test")).hasMessageContaining("'*.test'");
        assertThat(DomainName.parse("*.example.test").isWildcard()).isTrue();
    }

    @Test
    void reverseZoneNamesAreRefused() {
        assertThatThrownBy(() -> DomainName.parse("4.3.2.1.in-addr.arpa")).hasMessageContaining("reverse-lookup");
    }

    @Test
    void labelOf63CharactersIsAcceptedAnd64Refused() {
        String label63 = "a".repeat(63);

        assertThat(DomainName.parse(label63 + ".com").ascii()).startsWith(label63);
        assertThatThrownBy(() -> DomainName.parse("a" + label63 + ".com")).hasMessageContaining("longer than 63");
    }

    @Test
    void nameLongerThan253CharactersIsRefused() {
        String label = "a".repeat(60);
        String name253 = String.join(".", label, label, label, "a".repeat(61 - 4), "com"); // 60*3+57+3+4 dots = 244
        String tooLong = String.join(".", label, label, label, label, "com"); // 4*60+3+4 = 247
        assertThat(DomainName.parse(name253).ascii().length()).isLessThanOrEqualTo(253);
        String tooLongReally = "abcdefg." + tooLong; // 255
        assertThat(tooLongReally.length()).isGreaterThan(253);
        assertThat(DomainName.parse(tooLong).ascii()).hasSize(tooLong.length());
        assertThatThrownBy(() -> DomainName.parse(tooLongReally)).hasMessageContaining("longer than 253");
    }

    @ParameterizedTest
    @ValueSource(strings = {"-bad.example.com", "bad-.example.com", "ba_d.example.com", "bad..example.com",
            ".example.com", "exa mple.com"})
    void labelsBreakingLdhRulesAreRefused(String input) {
        assertThatThrownBy(() -> DomainName.parse(input))
                .isInstanceOf(DomainException.class)
                .hasMessageStartingWith("'" + input.strip() + "'");
    }

    @Test
    void emptyInputIsRefusedWithARequiredMessage() {
        assertThatThrownBy(() -> DomainName.parse("  ")).hasMessage("A domain name is required.");
    }

    @ParameterizedTest
    @ValueSource(strings = {"agency.gov", "www.agency.gov", "portal.beijing.gov.cn", "*.portal.agency.gov"})
    void governmentNamesAreRecognised(String input) {
        assertThat(DomainName.parse(input).isGov()).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"gov.example.com", "example.com", "govern.ment.org"})
    void nonGovernmentNamesAreNotGov(String input) {
        assertThat(DomainName.parse(input).isGov()).isFalse();
    }

    @Test
    void registrableDomainDropsSubdomainsAndWildcard() {
        assertThat(DomainName.parse("*.a.b.example.co.uk").registrableDomain().ascii()).isEqualTo("example.co.uk");
        assertThat(DomainName.parse("www.shop.example.test").registrableDomain().ascii()).isEqualTo("example.test");
    }

    @Test
    void equalityIsByAsciiForm() {
        assertThat(DomainName.parse("BÜCHER.example.com")).isEqualTo(DomainName.parse("xn--bcher-kva.example.com"));
        assertThat(DomainName.parse("a.example.com")).isNotEqualTo(DomainName.parse("b.example.com"));
    }
}
