package org.certdesk.application.acme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.certdesk.domain.acme.AcmeProblem;
import org.certdesk.domain.acme.AcmeProblemType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** newOrder identifiers (RFC 8555 7.1.3) under the IDN homograph rules (issue 14). */
class AcmeIdentifierInputTest {

    @ParameterizedTest
    @ValueSource(strings = {"xn--pple-43d.com", "аpple.com", "xn--80ak6aa92e.com"})
    void aHomographOfALatinNameIsARejectedIdentifier(String name) {
        assertThatThrownBy(() -> AcmeIdentifierInput.parseAll(List.of(new AcmeIdentifierInput("dns", name))))
                .isInstanceOfSatisfying(AcmeProblem.class, problem ->
                        assertThat(problem.type()).isEqualTo(AcmeProblemType.REJECTED_IDENTIFIER))
                .hasMessageContaining("xn--");
    }

    @Test
    void legitimateIdnsAreOrdered() {
        var identifiers = AcmeIdentifierInput.parseAll(List.of(new AcmeIdentifierInput("dns", "münchen.de"),
                new AcmeIdentifierInput("dns", "xn--e1afmkfd.xn--p1ai")));

        assertThat(identifiers.size()).isEqualTo(2);
    }
}
