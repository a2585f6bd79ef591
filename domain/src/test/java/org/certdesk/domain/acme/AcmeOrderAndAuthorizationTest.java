package org.certdesk.domain.acme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.verification.VerificationAttempt;
import org.certdesk.domain.verification.VerificationMethod;
import org.junit.jupiter.api.Test;

class AcmeOrderAndAuthorizationTest {

    private static final TenantId TENANT = TenantId.of(7);
    private static final AcmeAccountId ACCOUNT = new AcmeAccountId(3);
    private static final Instant NOW = Instant.parse("2026-12-05T10:00:00Z");
    private final IssuancePolicy policy = IssuancePolicy.baselineRequirements();

    private static AcmeAuthorization pending(String name, long id) {
        AcmeAuthorization authorization = AcmeAuthorization.create(TENANT, ACCOUNT, DomainName.parse(name), "token-" + id, NOW);
        authorization.assignId(new AcmeAuthorizationId(id));
        return authorization;
    }

    private AcmeAuthorization valid(String name, long id) {
        AcmeAuthorization authorization = pending(name, id);
        authorization.startValidation(ChallengeType.DNS_01, NOW);
        authorization.recordResult(ChallengeType.DNS_01, VerificationAttempt.passed(NOW, "TXT seen"), null, policy);
        return authorization;
    }

    private static AcmeOrder order(AcmeAuthorization... authorizations) {
        List<AcmeAuthorizationId> ids = List.of(authorizations).stream().map(AcmeAuthorization::id).toList();
        return AcmeOrder.place(TENANT, ACCOUNT, Identifiers.of(List.of(authorizations).stream().map(AcmeAuthorization::identifier).toList()),
                ids, AcmeProfile.DEFAULT, null, NOW);
    }

    @Test
    void aWildcardIsOfferedTheDnsChallengesOnlyAndShownAsItsBaseDomain() {
        AcmeAuthorization wildcard = pending("*.shop.example.com", 1);
        AcmeAuthorization plain = pending("www.shop.example.com", 2);

        assertThat(wildcard.challenges()).extracting(AcmeChallenge::type)
                .containsExactly(ChallengeType.DNS_01, ChallengeType.DNS_PERSIST_01);
        assertThat(wildcard.protocolIdentifierValue()).isEqualTo("shop.example.com");
        assertThat(plain.challenges()).extracting(AcmeChallenge::type)
                .containsExactly(ChallengeType.HTTP_01, ChallengeType.DNS_01, ChallengeType.TLS_ALPN_01, ChallengeType.DNS_PERSIST_01);
    }

    @Test
    void anIpAddressIsOfferedHttp01Only() {
        AcmeAuthorization ip = AcmeAuthorization.create(TENANT, ACCOUNT, org.certdesk.domain.name.IpAddress.parse("93.184.216.34"),
                "token", NOW);

        assertThat(ip.challenges()).extracting(AcmeChallenge::type).containsExactly(ChallengeType.HTTP_01);
        assertThat(ip.protocolIdentifierValue()).isEqualTo("93.184.216.34");
    }

    @Test
    void aPassedChallengeMakesTheAuthorizationValidWithEvidenceForTheReusePeriod() {
        AcmeAuthorization authorization = valid("www.shop.example.com", 1);

        assertThat(authorization.statusAt(NOW)).isEqualTo(AcmeStatus.VALID);
        assertThat(authorization.evidence()).hasValueSatisfying(e -> {
            assertThat(e.method()).isEqualTo(VerificationMethod.ACME_DNS_01);
            assertThat(e.brSection()).isEqualTo("3.2.2.4.7");
        });
        assertThat(authorization.expires()).isEqualTo(policy.evidenceReusableUntil(NOW));
        assertThat(authorization.isReusableAt(NOW.plus(Duration.ofDays(30)))).isTrue();
        assertThat(authorization.isReusableAt(authorization.expires())).isFalse();
    }

    @Test
    void aFailedChallengeInvalidatesTheAuthorizationAndItsOrder() {
        AcmeAuthorization authorization = pending("www.shop.example.com", 1);
        AcmeOrder order = order(authorization);
        authorization.startValidation(ChallengeType.HTTP_01, NOW);
        authorization.recordResult(ChallengeType.HTTP_01, VerificationAttempt.failed(NOW, "The response is wrong.", "nope"),
                AcmeProblemType.INCORRECT_RESPONSE, policy);

        assertThat(authorization.statusAt(NOW)).isEqualTo(AcmeStatus.INVALID);
        assertThat(authorization.challenge(ChallengeType.HTTP_01).errorType()).isEqualTo(AcmeProblemType.INCORRECT_RESPONSE);
        assertThat(order.refresh(List.of(authorization), NOW)).isTrue();
        assertThat(order.status()).isEqualTo(AcmeStatus.INVALID);
        assertThat(order.errorType()).contains(AcmeProblemType.INCORRECT_RESPONSE);
        assertThatThrownBy(() -> authorization.startValidation(ChallengeType.DNS_01, NOW)).isInstanceOf(AcmeProblem.class);
    }

    @Test
    void anOrderIsReadyOnlyOnceEveryAuthorizationIsValidAndIsFinalizedOnce() {
        AcmeAuthorization first = valid("a.shop.example.com", 1);
        AcmeAuthorization second = pending("b.shop.example.com", 2);
        AcmeOrder order = order(first, second);

        order.refresh(List.of(first, second), NOW);
        assertThat(order.status()).isEqualTo(AcmeStatus.PENDING);
        assertThatThrownBy(order::beginFinalization).isInstanceOfSatisfying(AcmeProblem.class,
                p -> assertThat(p.type()).isEqualTo(AcmeProblemType.ORDER_NOT_READY));

        second.startValidation(ChallengeType.DNS_01, NOW);
        second.recordResult(ChallengeType.DNS_01, VerificationAttempt.passed(NOW, "TXT seen"), null, policy);
        order.refresh(List.of(first, second), NOW);
        assertThat(order.status()).isEqualTo(AcmeStatus.READY);

        order.beginFinalization();
        order.issued(CertificateId.of(42));
        assertThat(order.status()).isEqualTo(AcmeStatus.VALID);
        assertThat(order.certificate()).contains(CertificateId.of(42));
        assertThatThrownBy(order::beginFinalization).isInstanceOf(AcmeProblem.class);
    }

    @Test
    void anOrderNotFinalizedBeforeItExpiresBecomesInvalid() {
        AcmeAuthorization authorization = valid("www.shop.example.com", 1);
        AcmeOrder order = order(authorization);

        order.refresh(List.of(authorization), NOW.plus(AcmeOrder.LIFETIME));

        assertThat(order.status()).isEqualTo(AcmeStatus.INVALID);
    }

    @Test
    void aLateResultForASettledChallengeChangesNothing() {
        AcmeAuthorization authorization = valid("www.shop.example.com", 1);

        authorization.recordResult(ChallengeType.DNS_01, VerificationAttempt.failed(NOW, "late", null), AcmeProblemType.DNS, policy);

        assertThat(authorization.statusAt(NOW)).isEqualTo(AcmeStatus.VALID);
    }

    @Test
    void aDeactivatedAccountIsRefusedAndCannotBeDeactivatedTwice() {
        AcmeAccount account = AcmeAccount.register(TENANT, "thumb", "{}", List.of(), "kid-1", NOW).withId(ACCOUNT);
        AcmeAccount deactivated = account.deactivated();

        assertThatThrownBy(deactivated::requireValid).isInstanceOfSatisfying(AcmeProblem.class,
                p -> assertThat(p.type()).isEqualTo(AcmeProblemType.UNAUTHORIZED));
        assertThatThrownBy(deactivated::deactivated).isInstanceOf(AcmeProblem.class);
    }

    @Test
    void eabCredentialsBindOneAccountAndNoneOnceRevoked() {
        var contact = new org.certdesk.domain.certificate.Contact("Ops", org.certdesk.domain.name.EmailAddress.parse("ops@example.com"),
                org.certdesk.domain.name.PhoneNumber.parse("+86 10 1234 5678"));
        EabCredential fresh = new EabCredential("kid-1", TENANT, new byte[33], contact, "alice", NOW, null, null);

        EabCredential bound = fresh.boundTo(ACCOUNT);

        assertThatThrownBy(() -> bound.boundTo(new AcmeAccountId(4))).isInstanceOf(AcmeProblem.class);
        assertThatThrownBy(() -> fresh.revoked(NOW).requireUnused()).isInstanceOf(AcmeProblem.class);
    }

    @Test
    void theOrdinaryRenewalWindowOpensTwoThirdsIntoTheLifetimeAndAnOverrideMovesItToNow() {
        Instant notBefore = NOW;
        Instant notAfter = NOW.plus(Duration.ofDays(90));

        RenewalWindow ordinary = RenewalWindow.ordinary(notBefore, notAfter);
        RenewalWindow moved = RenewalWindow.renewBy(NOW.plus(Duration.ofDays(2)), NOW.plus(Duration.ofDays(1)), "mass revocation");

        assertThat(ordinary.start()).isEqualTo(NOW.plus(Duration.ofDays(60)));
        assertThat(ordinary.end()).isBefore(notAfter);
        assertThat(moved.start()).isBefore(NOW.plus(Duration.ofDays(1)));
        assertThat(moved.end()).isEqualTo(NOW.plus(Duration.ofDays(2)));
        assertThat(moved.explanation()).contains("mass revocation");
    }
}
