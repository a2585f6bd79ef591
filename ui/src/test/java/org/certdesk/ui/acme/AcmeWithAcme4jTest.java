package org.certdesk.ui.acme;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.security.KeyPair;
import java.security.cert.CertificateFactory;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import org.certdesk.application.acme.AcmeRenewalInformation;
import org.certdesk.application.acme.FinalizeAcmeOrder;
import org.certdesk.application.port.CaPublication;
import org.certdesk.application.port.CertificateSuccessions;
import org.certdesk.application.port.IssuedCertificateChains;
import org.certdesk.application.progress.Phrase;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.acme.AcmeOrders;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.Test;
import org.shredzone.acme4j.Account;
import org.shredzone.acme4j.AccountBuilder;
import org.shredzone.acme4j.Authorization;
import org.shredzone.acme4j.Login;
import org.shredzone.acme4j.Order;
import org.shredzone.acme4j.Session;
import org.shredzone.acme4j.Status;
import org.shredzone.acme4j.challenge.Dns01Challenge;
import org.shredzone.acme4j.exception.AcmeServerException;
import org.shredzone.acme4j.util.CSRBuilder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * CertDesk as an ACME CA, driven by a real Java ACME client (acme4j) over HTTP: external account
 * binding, dns-01 through the demo DNS zone, finalize, download, revocation, key rollover,
 * deactivation, profiles and renewal information, and the refusals with their RFC 8555 types.
 */
@SpringBootTest(classes = CertDeskApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AcmeFixture.class)
class AcmeWithAcme4jTest {

    @LocalServerPort
    int port;
    @Autowired
    AcmeFixture fixture;
    @Autowired
    Certificates certificates;
    @Autowired
    AcmeOrders orders;
    @Autowired
    CaPublication publication;
    @Autowired
    IssuedCertificateChains chains;
    @Autowired
    AcmeRenewalInformation renewals;
    @Autowired
    CertificateSuccessions successions;
    @Autowired
    Clock clock;
    @Autowired
    org.certdesk.domain.acme.AcmeAuthorizations authorizations;
    @Autowired
    org.certdesk.application.acme.AnswerAcmeChallenge answerChallenge;
    @Autowired
    org.certdesk.application.purchase.BuyCertificates buy;
    @Autowired
    org.certdesk.application.apply.SubmitApplication submit;
    @Autowired
    org.certdesk.application.verification.CheckDomainsNow checkDomains;
    @Autowired
    org.certdesk.application.acme.FinalizeAcmeOrder finalizeOrder;
    @Autowired
    org.certdesk.application.acme.AcmeAccountRegistry accounts;
    @Autowired
    org.certdesk.application.progress.ShowProgress showProgress;
    @Autowired
    org.certdesk.application.ledger.ShowDomainValidations ledger;

    private Session session() {
        return new Session("http://localhost:" + port + "/acme/directory");
    }

    private Account register(Session session, AcmeFixture.Customer customer, KeyPair key) throws Exception {
        return new AccountBuilder().addEmail("ops@example.test").agreeToTermsOfService()
                .withKeyIdentifier(customer.eab().keyId(), customer.eab().hmacKeyBase64Url())
                .useKeyPair(key).create(session);
    }

    /** Answers every dns-01 challenge of the order through the demo zone and waits until the order is ready. */
    private void proveByDns(Order order) throws Exception {
        for (Authorization authorization : order.getAuthorizations()) {
            Dns01Challenge challenge = authorization.findChallenge(Dns01Challenge.class).orElseThrow();
            fixture.publishTxt("_acme-challenge." + authorization.getIdentifier().getDomain(), challenge.getDigest());
            challenge.trigger();
            assertThat(authorization.waitForCompletion(Duration.ofSeconds(30))).isEqualTo(Status.VALID);
        }
        assertThat(order.waitUntilReady(Duration.ofSeconds(30))).isEqualTo(Status.READY);
    }

    @Test
    void dns01OrderIsIssuedListedInTheConsoleAndRevokedOntoTheCrl() throws Exception {
        var customer = fixture.customerWithCredentials();
        Session session = session();
        Account account = register(session, customer, ecKey());
        assertThat(account.hasExternalAccountBinding()).isTrue();
        String www = customer.freshName("www");
        String api = customer.freshName("api");

        Order order = account.newOrder().domains(www, api).create();
        proveByDns(order);
        KeyPair domainKey = rsaKey();
        order.execute(domainKey);
        assertThat(order.waitForCompletion(Duration.ofSeconds(30))).isEqualTo(Status.VALID);

        var issued = order.getCertificate();
        X509Certificate leaf = issued.getCertificate();
        List<X509Certificate> chain = issued.getCertificateChain();
        assertThat(chain).hasSize(2);
        leaf.verify(chain.get(1).getPublicKey());
        assertThat(leaf.getPublicKey()).isEqualTo(domainKey.getPublic());
        assertThat(leaf.getSubjectAlternativeNames().stream().map(n -> (Object) n.get(1)).toList()).containsExactlyInAnyOrder(www, api);

        // The same certificate in the console, for the customer's tenant, with its source.
        var stored = chains.bySerial(AcmeOrderController.serialHex(leaf.getSerialNumber())).orElseThrow();
        Certificate inConsole = certificates.findById(customer.actor().tenant(), stored.certificate()).orElseThrow();
        assertThat(orders.findByCertificate(inConsole.id())).isPresent();
        var progress = showProgress.show(customer.actor(), inConsole.id());
        assertThat(progress.log()).extracting(line -> line.text())
                .anySatisfy(text -> assertThat(text.args()).startsWith(www, Phrase.of("method.ACME_DNS_01"), "3.2.2.4.7"));
        assertThat(progress.names()).allSatisfy(n -> assertThat(n.fileUrl()).isNull());
        assertThat(inConsole.status()).isEqualTo(CertificateStatus.ISSUED);
        assertThat(inConsole.product().brand()).isEqualTo(FinalizeAcmeOrder.BRAND);
        assertThat(inConsole.issued().orElseThrow().serialHex()).isEqualTo(AcmeOrderController.serialHex(leaf.getSerialNumber()));
        // The evidence ledger (issue 12) lists each name's dns-01 validation under the order that gathered it.
        String orderUrl = order.getLocation().toString();
        long orderId = Long.parseLong(orderUrl.substring(orderUrl.lastIndexOf('/') + 1));
        for (Authorization authorization : order.getAuthorizations()) {
            String name = authorization.getIdentifier().getDomain();
            String digest = authorization.findChallenge(Dns01Challenge.class).orElseThrow().getDigest();
            assertThat(ledger.page(customer.actor(), null, name, 0, 10)).singleElement().satisfies(validation -> {
                assertThat(validation.method()).isEqualTo(org.certdesk.domain.verification.VerificationMethod.ACME_DNS_01);
                assertThat(validation.acmeOrderId()).isEqualTo(orderId);
                assertThat(validation.gatheredFor()).isNull();
                assertThat(validation.observed()).isEqualTo("TXT _acme-challenge." + name + " = " + digest);
                // BR 3.2.2.9: the five embedded perspective agents saw the TXT record too.
                assertThat(validation.corroboratedBy()).containsExactlyInAnyOrder("Virginia", "Frankfurt", "Singapore",
                        "São Paulo", "Johannesburg");
                assertThat(validation.reusableUntil()).isAfter(clock.instant().plus(Duration.ofDays(99)));
            });
        }

        // Another ACME account of the same tenant may not revoke it with its account key.
        KeyPair otherKey = ecKey();
        var more = fixture.moreCredentials(customer);
        Account other = new AccountBuilder().agreeToTermsOfService().withKeyIdentifier(more.keyId(), more.hmacKeyBase64Url())
                .useKeyPair(otherKey).create(session);
        assertType(() -> org.shredzone.acme4j.Certificate.revoke(session.login(other.getLocation(), otherKey), leaf,
                org.shredzone.acme4j.RevocationReason.KEY_COMPROMISE), "unauthorized");

        issued.revoke();
        assertThat(certificates.findById(customer.actor().tenant(), inConsole.id()).orElseThrow().status())
                .isEqualTo(CertificateStatus.REVOKED);
        assertThat(publication.authorities()).anySatisfy(ca -> assertThat(crlOf(ca.id()).getRevokedCertificate(leaf.getSerialNumber()))
                .isNotNull());
    }

    /**
     * Two finalize requests for one order at the same moment: one certificate, never two (the
     * console's exactly-once rule); the request that lost the race answers with the winner's order.
     */
    @Test
    void concurrentFinalizationsIssueExactlyOneCertificate() throws Exception {
        var customer = fixture.customerWithCredentials();
        Account account = register(session(), customer, ecKey());
        String name = customer.freshName("race");
        Order order = account.newOrder().domain(name).create();
        proveByDns(order);
        CSRBuilder csr = new CSRBuilder();
        csr.addDomain(name);
        csr.sign(ecKey());
        byte[] der = csr.getEncoded();
        String url = account.getLocation().toString();
        var acmeAccount = accounts.byId(Long.parseLong(url.substring(url.lastIndexOf('/') + 1)));
        long orderId = Long.parseLong(order.getLocation().toString().substring(order.getLocation().toString().lastIndexOf('/') + 1));

        var pool = java.util.concurrent.Executors.newFixedThreadPool(2);
        var start = new java.util.concurrent.CountDownLatch(1);
        List<java.util.concurrent.Future<?>> attempts = new java.util.ArrayList<>();
        for (int i = 0; i < 2; i++) {
            attempts.add(pool.submit(() -> {
                start.await();
                return finalizeOrder.finalize(acmeAccount, orderId, der, url);
            }));
        }
        start.countDown();
        java.util.Set<Object> certificatesNamed = new java.util.HashSet<>();
        for (var attempt : attempts) {
            try {
                certificatesNamed.add(((org.certdesk.domain.acme.AcmeOrder) attempt.get()).certificate().orElseThrow());
            } catch (java.util.concurrent.ExecutionException refused) {
                // finalize of an order already finalized: orderNotReady
                assertThat(refused.getCause()).isInstanceOf(org.certdesk.domain.acme.AcmeProblem.class);
            }
        }
        pool.shutdown();

        assertThat(certificatesNamed).hasSize(1);
        assertThat(certificates.countByStatus(customer.actor().tenant())).containsEntry(CertificateStatus.ISSUED, 1L)
                .doesNotContainKey(CertificateStatus.PENDING_APPLICATION);
        order.fetch();
        assertThat(order.getStatus()).isEqualTo(Status.VALID);
    }

    /** BR 4.2.1 evidence is the tenant's, whichever way in proved the name: ACME for the console, the console for ACME. */
    @Test
    void evidenceIsSharedBetweenTheConsoleAndAcmeOfOneTenant() throws Exception {
        var customer = fixture.customerWithCredentials();
        Account account = register(session(), customer, ecKey());
        String provenByAcme = customer.freshName("by-acme");
        proveByDns(account.newOrder().domain(provenByAcme).create());

        var slot = buy.buy(new org.certdesk.application.purchase.BuyCertificates.Command(customer.actor(),
                buy.offers(customer.actor()).getFirst().brand(), org.certdesk.domain.certificate.ValidationType.DV,
                org.certdesk.domain.certificate.Coverage.SINGLE, 1, 1)).getFirst();
        var contact = new org.certdesk.domain.certificate.Contact("Ops", org.certdesk.domain.name.EmailAddress.parse("ops@example.test"),
                org.certdesk.domain.name.PhoneNumber.parse("+86 10 1234 5678"));
        var submitted = submit.submit(new org.certdesk.application.apply.SubmitApplication.Command(customer.actor(), slot,
                new org.certdesk.domain.certificate.CertificateApplication(
                        org.certdesk.domain.name.Identifiers.of(org.certdesk.domain.name.DomainName.parse(provenByAcme)),
                        org.certdesk.domain.certificate.CsrSource.systemGenerated(org.certdesk.domain.policy.KeyAlgorithm.EC_P256),
                        contact, null, null, org.certdesk.domain.verification.VerificationMethod.DNS_TXT)));
        assertThat(submitted.verifications()).singleElement().satisfies(v -> {
            assertThat(v.isVerified()).isTrue();
            assertThat(v.evidence().orElseThrow().method()).isEqualTo(org.certdesk.domain.verification.VerificationMethod.ACME_DNS_01);
        });

        String provenInConsole = customer.freshName("by-console");
        var second = buy.buy(new org.certdesk.application.purchase.BuyCertificates.Command(customer.actor(),
                buy.offers(customer.actor()).getFirst().brand(), org.certdesk.domain.certificate.ValidationType.DV,
                org.certdesk.domain.certificate.Coverage.SINGLE, 1, 1)).getFirst();
        var applied = submit.submit(new org.certdesk.application.apply.SubmitApplication.Command(customer.actor(), second,
                new org.certdesk.domain.certificate.CertificateApplication(
                        org.certdesk.domain.name.Identifiers.of(org.certdesk.domain.name.DomainName.parse(provenInConsole)),
                        org.certdesk.domain.certificate.CsrSource.systemGenerated(org.certdesk.domain.policy.KeyAlgorithm.EC_P256),
                        contact, null, null, org.certdesk.domain.verification.VerificationMethod.DNS_TXT)));
        var verification = applied.verifications().getFirst();
        fixture.publishTxt(verification.dnsRecordHost(), verification.token().value());
        checkDomains.check(customer.actor(), second);

        Order order = account.newOrder().domain(provenInConsole).create();
        assertThat(order.getStatus()).isEqualTo(Status.READY);
        // The evidence ledger (issue 12) names the order as the one that reused the console's validation.
        assertThat(ledger.page(customer.actor(), null, provenInConsole, 0, 10)).singleElement().satisfies(validation -> {
            assertThat(validation.gatheredFor()).isEqualTo(second);
            assertThat(validation.reusedBy()).singleElement().satisfies(reuse -> {
                assertThat(reuse.certificate()).isNull();
                assertThat(order.getLocation().toString()).endsWith("/" + reuse.acmeOrderId());
            });
        });
        // And the other way round: the name ACME proved is listed under its order, reused by the console's certificate.
        assertThat(ledger.page(customer.actor(), null, provenByAcme, 0, 10)).singleElement().satisfies(validation -> {
            assertThat(validation.method()).isEqualTo(org.certdesk.domain.verification.VerificationMethod.ACME_DNS_01);
            assertThat(validation.acmeOrderId()).isNotNull();
            assertThat(validation.gatheredFor()).isNull();
            assertThat(validation.reusedBy()).singleElement().satisfies(reuse -> assertThat(reuse.certificate()).isEqualTo(slot));
        });
    }

    /** A process stopped between marking a challenge processing and checking it: the next start checks it. */
    @Test
    void aValidationLeftInProcessingIsResumed() throws Exception {
        var customer = fixture.customerWithCredentials();
        Account account = register(session(), customer, ecKey());
        Order order = account.newOrder().domain(customer.freshName("resumed")).create();
        Authorization authorization = order.getAuthorizations().getFirst();
        Dns01Challenge challenge = authorization.findChallenge(Dns01Challenge.class).orElseThrow();
        fixture.publishTxt("_acme-challenge." + authorization.getIdentifier().getDomain(), challenge.getDigest());
        String url = authorization.getLocation().toString();
        var id = new org.certdesk.domain.acme.AcmeAuthorizationId(Long.parseLong(url.substring(url.lastIndexOf('/') + 1)));
        // what a crash after the commit leaves: processing, and no check running
        var stored = authorizations.find(id).orElseThrow();
        stored.startValidation(org.certdesk.domain.acme.ChallengeType.DNS_01, clock.instant());
        authorizations.save(stored);

        assertThat(answerChallenge.resumeInterrupted()).isPositive();

        assertThat(authorization.waitForCompletion(Duration.ofSeconds(30))).isEqualTo(Status.VALID);
    }

    @Test
    void aSecondOrderOfTheTenantReusesTheValidAuthorization() throws Exception {
        var customer = fixture.customerWithCredentials();
        Session session = session();
        Account account = register(session, customer, ecKey());
        String name = customer.freshName("reuse");
        Order first = account.newOrder().domain(name).create();
        proveByDns(first);

        Order second = account.newOrder().domain(name).create();

        assertThat(second.getStatus()).isEqualTo(Status.READY);
        assertThat(second.getAuthorizations().get(0).getLocation()).isEqualTo(first.getAuthorizations().get(0).getLocation());
    }

    @Test
    void aShortLivedProfileIssuesForAboutSevenDaysAndTheDirectoryListsTheProfiles() throws Exception {
        var customer = fixture.customerWithCredentials();
        Session session = session();
        assertThat(session.getMetadata().getProfiles()).contains("classic", "shortlived");
        Account account = register(session, customer, ecKey());
        Order order = account.newOrder().domain(customer.freshName("short")).profile("shortlived").create();
        proveByDns(order);
        order.execute(ecKey());
        order.waitForCompletion(Duration.ofSeconds(30));

        X509Certificate leaf = order.getCertificate().getCertificate();
        Duration validity = Duration.between(leaf.getNotBefore().toInstant(), leaf.getNotAfter().toInstant());
        assertThat(validity).isBetween(Duration.ofDays(6), Duration.ofDays(7).plusMinutes(1));
    }

    @Test
    void renewalInformationSuggestsAWindowThatTheAdminCanMoveEarlier() throws Exception {
        var customer = fixture.customerWithCredentials();
        Session session = session();
        Account account = register(session, customer, ecKey());
        Order order = account.newOrder().domain(customer.freshName("ari")).create();
        proveByDns(order);
        order.execute(ecKey());
        order.waitForCompletion(Duration.ofSeconds(30));
        var certificate = order.getCertificate();
        assertThat(certificate.hasRenewalInfo()).isTrue();
        Instant now = clock.instant();
        assertThat(certificate.getRenewalInfo().getSuggestedWindowStart()).isAfter(now.plus(Duration.ofDays(30)));

        renewals.moveAllEarlier(Actor.system(), now.plus(Duration.ofDays(2)), "Key ceremony: all ACME certificates are reissued.");

        var moved = order.getCertificate().getRenewalInfo();
        moved.fetch();
        assertThat(moved.getSuggestedWindowStart()).isBefore(clock.instant());
        assertThat(moved.getSuggestedWindowEnd()).isBefore(now.plus(Duration.ofDays(2)).plusSeconds(1));

        // The renewal names what it replaces (RFC 9773 5) and is issued as any order.
        Order renewal = account.newOrder().domain(order.getIdentifiers().get(0).getDomain()).replaces(certificate).create();
        assertThat(renewal.getStatus()).isEqualTo(Status.READY);
        assertType(() -> account.newOrder().domain(customer.freshName("unrelated")).replaces(certificate).create(), "malformed");

        // Once issued, the replacement and the certificate it replaces are linked both ways (their details pages).
        renewal.execute(ecKey());
        renewal.waitForCompletion(Duration.ofSeconds(30));
        String serial = certificate.getCertificate().getSerialNumber().toString(16);
        var replaced = chains.bySerial(serial.length() % 2 == 0 ? serial : "0" + serial).orElseThrow().certificate();
        assertThat(successions.involving(replaced)).singleElement().satisfies(link -> {
            assertThat(link.kind()).isEqualTo(CertificateSuccessions.Kind.REPLACEMENT);
            assertThat(link.predecessor()).isEqualTo(replaced);
            assertThat(successions.involving(link.successor())).containsExactly(link);
        });
    }

    @Test
    void keyRolloverKeepsTheAccountAndDeactivationEndsIt() throws Exception {
        var customer = fixture.customerWithCredentials();
        Session session = session();
        KeyPair oldKey = ecKey();
        Account account = register(session, customer, oldKey);
        KeyPair newKey = rsaKey();

        account.changeKey(newKey);

        Login withNewKey = session.login(account.getLocation(), newKey);
        assertThat(withNewKey.getAccount().getStatus()).isEqualTo(Status.VALID);
        Login withOldKey = session.login(account.getLocation(), oldKey);
        assertThatThrownBy(() -> withOldKey.getAccount().newOrder().domain(customer.freshName("old")).create())
                .isInstanceOf(AcmeServerException.class);

        withNewKey.getAccount().deactivate();
        assertThatThrownBy(() -> withNewKey.getAccount().newOrder().domain(customer.freshName("gone")).create())
                .isInstanceOfSatisfying(AcmeServerException.class,
                        e -> assertThat(e.getType().toString()).isEqualTo("urn:ietf:params:acme:error:unauthorized"));
    }

    @Test
    void demoNamesAreOrderedOnlyInTheTenantsOwnPartOfTheDemoZone() throws Exception {
        var customer = fixture.customerWithCredentials();
        var otherTenant = fixture.customerWithCredentials();
        Account account = register(session(), customer, ecKey());

        String theirs = otherTenant.freshName("theirs");
        assertThatThrownBy(() -> account.newOrder().domain(theirs).create())
                .isInstanceOfSatisfying(AcmeServerException.class, e -> {
                    assertThat(e.getType().toString()).isEqualTo("urn:ietf:params:acme:error:rejectedIdentifier");
                    assertThat(e.getMessage()).contains("'" + theirs + "' is outside your part of the demo zone",
                            customer.demoPart());
                });
        assertThat(account.newOrder().domain(customer.freshName("ours")).create().getStatus()).isEqualTo(Status.PENDING);
    }

    @Test
    void refusalsCarryTheirRfc8555TypesAndIssueNothing() throws Exception {
        var customer = fixture.customerWithCredentials();
        Session session = session();

        assertType(() -> new AccountBuilder().agreeToTermsOfService().useKeyPair(ecKey())
                .create(session), "externalAccountRequired");
        assertType(() -> new AccountBuilder().agreeToTermsOfService().useKeyPair(ecKey())
                .withKeyIdentifier(customer.eab().keyId(), "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA")
                .create(session), "unauthorized");

        Account account = register(session, customer, ecKey());
        assertType(() -> account.newOrder().domain("co.uk").create(), "rejectedIdentifier");

        // A CSR whose names differ from the order's.
        String name = customer.freshName("csr");
        Order order = account.newOrder().domain(name).create();
        proveByDns(order);
        KeyPair key = ecKey();
        CSRBuilder other = new CSRBuilder();
        other.addDomain(customer.freshName("other"));
        other.sign(key);
        assertType(() -> order.execute(other.getEncoded()), "badCSR");
        order.fetch();
        assertThat(order.getStatus()).as("nothing was issued; the order may still be finalized").isEqualTo(Status.READY);

        // A CAA record naming another CA.
        String guarded = customer.freshName("caa");
        fixture.publishCaa(guarded, "0 issue \"other-ca.example\"");
        Order refused = account.newOrder().domain(guarded).create();
        proveByDns(refused);
        assertType(() -> refused.execute(ecKey()), "caa");
        refused.fetch();
        assertThat(refused.getStatus()).isEqualTo(Status.INVALID);

        // A challenge answered with the wrong record.
        Order wrong = account.newOrder().domain(customer.freshName("wrong")).create();
        Authorization authorization = wrong.getAuthorizations().get(0);
        Dns01Challenge challenge = authorization.findChallenge(Dns01Challenge.class).orElseThrow();
        fixture.publishTxt("_acme-challenge." + authorization.getIdentifier().getDomain(), "not-the-digest");
        challenge.trigger();
        assertThat(authorization.waitForCompletion(Duration.ofSeconds(30))).isEqualTo(Status.INVALID);
        challenge.fetch();
        assertThat(challenge.getError().orElseThrow().getType().toString()).isEqualTo("urn:ietf:params:acme:error:incorrectResponse");
        wrong.fetch();
        assertThat(wrong.getStatus()).isEqualTo(Status.INVALID);
        assertType(() -> wrong.execute(ecKey()), "orderNotReady");
    }

    static KeyPair ecKey() throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("EC");
        generator.initialize(new java.security.spec.ECGenParameterSpec("secp256r1"));
        return generator.generateKeyPair();
    }

    static KeyPair rsaKey() throws Exception {
        var generator = java.security.KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return generator.generateKeyPair();
    }

    private static void assertType(ThrowingCall call, String type) {
        assertThatThrownBy(call::run).isInstanceOfSatisfying(AcmeServerException.class,
                e -> assertThat(e.getType().toString()).isEqualTo("urn:ietf:params:acme:error:" + type));
    }

    @FunctionalInterface
    interface ThrowingCall {
        void run() throws Exception;
    }

    private X509CRL crlOf(String caId) {
        try {
            byte[] der = publication.crlDer(caId).orElseThrow();
            return (X509CRL) CertificateFactory.getInstance("X.509").generateCRL(new ByteArrayInputStream(der));
        } catch (java.security.GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
