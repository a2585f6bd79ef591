package org.certdesk.domain.name;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class IdentifiersTest {

    @Test
    void parsePicksTheKindFromTheSyntax() {
        assertThat(Identifier.parse("8.8.4.4")).isInstanceOf(IpAddress.class);
        assertThat(Identifier.parse("2606:4700::1")).isInstanceOf(IpAddress.class);
        assertThat(Identifier.parse("www.example.com")).isInstanceOf(DomainName.class);
    }

    @Test
    void restoringAStoredIdentifierDoesNotApplyTodaysRules() {
        assertThatThrownBy(() -> Identifier.parse("intranet.corp")).isInstanceOf(org.certdesk.domain.shared.DomainException.class);
        assertThatThrownBy(() -> Identifier.parse("10.0.0.1")).isInstanceOf(org.certdesk.domain.shared.DomainException.class);

        assertThat(Identifier.restore("intranet.corp").value()).isEqualTo("intranet.corp");
        assertThat(Identifier.restore("10.0.0.1")).isInstanceOf(IpAddress.class).extracting(Identifier::value).isEqualTo("10.0.0.1");
    }

    @Test
    void aRestoredNameEqualsTheParsedOne() {
        for (String typed : List.of("münchen.de", "*.shop.example.com", "www.acme.example.test", "2606:4700::1")) {
            Identifier parsed = Identifier.parse(typed);
            Identifier restored = Identifier.restore(parsed.value());
            assertThat(restored).isEqualTo(parsed);
            assertThat(restored.display()).isEqualTo(parsed.display());
            assertThat(restored.isWildcard()).isEqualTo(parsed.isWildcard());
        }
        assertThat(((DomainName) Identifier.restore("www.acme.example.test")).isDemo()).isTrue();
    }

    @Test
    void linesKeepTheirOrderAndSkipBlanks() {
        Identifiers identifiers = Identifiers.parseLines("www.example.com\n\n*.example.org\r\n8.8.8.8\n");

        assertThat(identifiers.asList()).extracting(Identifier::value)
                .containsExactly("www.example.com", "*.example.org", "8.8.8.8");
        assertThat(identifiers.wildcardCount()).isEqualTo(1);
        assertThat(identifiers.hasIpAddress()).isTrue();
        assertThat(identifiers.domainNames()).hasSize(2);
    }

    @Test
    void duplicateIsRefusedNamingIt() {
        assertThatThrownBy(() -> Identifiers.parseLines("www.example.com\nexample.com\nWWW.example.com"))
                .hasMessage("'www.example.com' is listed more than once.");
    }

    @Test
    void unicodeAndPunycodeSpellingsOfOneNameAreDuplicates() {
        assertThatThrownBy(() -> Identifiers.parseLines("bücher.example.com\nxn--bcher-kva.example.com"))
                .hasMessage("'bücher.example.com (xn--bcher-kva.example.com)' is listed more than once.");
    }

    @Test
    void emptyListIsRefused() {
        assertThatThrownBy(() -> Identifiers.of(List.of()))
                .hasMessage("At least one domain name or IP address is required.");
        assertThatThrownBy(() -> Identifiers.parseLines("\n  \n"))
                .hasMessage("At least one domain name or IP address is required.");
    }
}
