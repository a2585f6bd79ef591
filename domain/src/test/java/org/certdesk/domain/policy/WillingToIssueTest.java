package org.certdesk.domain.policy;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.certdesk.domain.name.Identifiers;
import org.junit.jupiter.api.Test;

class WillingToIssueTest {

    private final IssuancePolicy policy = IssuancePolicy.baselineRequirements();

    @Test
    void demoNamesAreIssuedWhileTheDemoZoneIsServed() {
        assertThatCode(() -> policy.willingToIssue(Identifiers.parseLines("shop.example.test"), true))
                .doesNotThrowAnyException();
    }

    @Test
    void demoNamesAreRefusedOnceARealResolverIsConfigured() {
        assertThatThrownBy(() -> policy.willingToIssue(Identifiers.parseLines("www.example.com\nshop.example.test"), false))
                .hasMessage("'shop.example.test' is a demo name, which can be issued only while the demo DNS zone is served.");
    }

    @Test
    void publicNamesAreIssuedEitherWay() {
        assertThatCode(() -> policy.willingToIssue(Identifiers.parseLines("www.example.com\n8.8.8.8"), false))
                .doesNotThrowAnyException();
    }
}
