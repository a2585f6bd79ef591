package org.certdesk.domain.name;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.certdesk.domain.shared.DomainException;

/**
 * Fuzzes what a customer types as a name or an IP address (issue 14): the only exception a parser
 * may throw is a {@link DomainException} with a message in both languages, and whatever it accepts
 * parses again to itself. {@code ./mvnw verify} replays the corpus in
 * {@code src/test/resources/org/certdesk/domain/name/NameParsersFuzzTestInputs}; docs/benchmarks.md
 * has the command for a long run.
 */
class NameParsersFuzzTest {

    @FuzzTest(maxDuration = "10m")
    void identifier(byte[] input) {
        String typed = new String(input, UTF_8);
        Identifier parsed;
        try {
            parsed = Identifier.parse(typed);
        } catch (DomainException refused) {
            assertReadable(refused);
            return;
        }
        assertThat(Identifier.parse(parsed.value())).isEqualTo(parsed);
        assertThat(parsed.display()).isNotBlank();
        if (parsed instanceof DomainName name) {
            assertThat(name.baseDomain().isWildcard()).isFalse();
            assertThat(name.baseDomain().ascii()).endsWith(name.registrableDomain().ascii());
            name.isGov();
        }
    }

    @FuzzTest(maxDuration = "10m")
    void domainName(byte[] input) {
        String typed = new String(input, UTF_8);
        DomainName name;
        try {
            name = DomainName.parse(typed);
        } catch (DomainException refused) {
            assertReadable(refused);
            return;
        }
        assertThat(DomainName.parse(name.ascii())).isEqualTo(name);
        assertThat(name.ascii()).matches("(\\*\\.)?[a-z0-9.-]+");
        assertThat(name.baseDomain().ascii()).endsWith(name.registrableDomain().ascii());
        name.isGov();
    }

    @FuzzTest(maxDuration = "10m")
    void ipAddress(byte[] input) {
        String typed = new String(input, UTF_8);
        IpAddress address;
        try {
            address = IpAddress.parse(typed);
        } catch (DomainException refused) {
            assertReadable(refused);
            return;
        }
        assertThat(IpAddress.parse(address.value())).isEqualTo(address);
        assertThat(address.bytes()).hasSize(address.isIpv6() ? 16 : 4);
    }

    /** A refusal must render in every language the console speaks, whatever input it quotes. */
    private static void assertReadable(DomainException refused) {
        assertThat(refused.getMessage()).isNotBlank();
        assertThat(refused.messageIn(Locale.SIMPLIFIED_CHINESE)).isNotBlank();
    }
}
