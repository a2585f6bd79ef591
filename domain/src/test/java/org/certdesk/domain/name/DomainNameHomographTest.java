package org.certdesk.domain.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Locale;
import org.certdesk.domain.shared.DomainException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** IDN homographs (issue 14): mixed-script labels refused, whole-script look-alikes of Latin names flagged. */
class DomainNameHomographTest {

    @ParameterizedTest
    @ValueSource(strings = {"аpple.com", "xn--pple-43d.com", "XN--PPLE-43D.com.", "www.аpple.com", "*.аpple.com"})
    void aLabelMixingCyrillicAndLatinIsRefusedWhetherTypedInUnicodeOrAsAnALabel(String input) {
        assertThatThrownBy(() -> DomainName.parse(input))
                .isInstanceOf(DomainException.class)
                .hasMessageContaining("(" + (input.startsWith("*.") ? "*." : input.startsWith("www.") ? "www." : "") + "xn--pple-43d.com)")
                .hasMessageContaining("mixes Cyrillic, Latin letters in the label 'аpple'")
                .hasMessageStartingWith("'" + (input.startsWith("*.") ? "*." : input.startsWith("www.") ? "www." : "") + "аpple.com' (");
    }

    @Test
    void theMixedScriptRefusalIsTranslated() {
        DomainException refused = org.junit.jupiter.api.Assertions.assertThrows(DomainException.class,
                () -> DomainName.parse("аpple.com"));

        assertThat(refused.key()).contains("name.mixedScripts");
        assertThat(refused.messageIn(Locale.SIMPLIFIED_CHINESE)).contains("аpple.com", "xn--pple-43d.com", "混用");
    }

    @Test
    void aWholeScriptCyrillicLookalikeOfALatinNameIsAcceptedButFlagged() {
        DomainName name = DomainName.parse("xn--80ak6aa92e.com");

        assertThat(name.unicode()).isEqualTo("аррӏе.com");
        assertThat(name.latinLookalike()).contains("apple.com");
        assertThat(name.display()).isEqualTo("аррӏе.com (xn--80ak6aa92e.com)");
    }

    @Test
    void theFlagFollowsTheWildcardAndTheBaseDomain() {
        DomainName wildcard = DomainName.parse("*.аррӏе.com");

        assertThat(wildcard.latinLookalike()).contains("*.apple.com");
        assertThat(wildcard.baseDomain().latinLookalike()).contains("apple.com");
    }

    @ParameterizedTest
    @CsvSource({
            "münchen.de, xn--mnchen-3ya.de",
            "例え.jp, xn--r8jz45g.jp",
            "пример.рф, xn--e1afmkfd.xn--p1ai",
            "例子.中国, xn--fsqu00a.xn--fiqs8s",
            "bücher.example.com, xn--bcher-kva.example.com",
            "한국어.kr, xn--3e0bk47br7k.kr",
    })
    void legitimateIdnsInOneScriptPassUnflaggedAndShowTheirALabel(String unicode, String ascii) {
        DomainName name = DomainName.parse(unicode);

        assertThat(name.ascii()).isEqualTo(ascii);
        assertThat(name.latinLookalike()).isEmpty();
        assertThat(name.display()).isEqualTo(unicode + " (" + ascii + ")");
        assertThat(DomainName.parse(ascii)).isEqualTo(name);
    }

    @Test
    void anAsciiNameIsShownAsItIs() {
        DomainName name = DomainName.parse("www.Example.com");

        assertThat(name.display()).isEqualTo("www.example.com");
        assertThat(name.latinLookalike()).isEmpty();
    }

    @Test
    void aCyrillicNameThatCannotPassForLatinIsNotFlaggedEvenUnderALatinTld() {
        assertThat(DomainName.parse("пример.com").latinLookalike()).isEmpty();
    }

    @Test
    void aNameStoredBeforeTheRuleStillLoadsWithItsALabelShown() {
        DomainName stored = DomainName.restore("www.xn--pple-43d.com");

        assertThat(stored.display()).isEqualTo("www.аpple.com (www.xn--pple-43d.com)");
        assertThat(stored.registrableDomain().ascii()).isEqualTo("xn--pple-43d.com");
        assertThat(Identifier.restore("xn--pple-43d.com").value()).isEqualTo("xn--pple-43d.com");
    }
}
