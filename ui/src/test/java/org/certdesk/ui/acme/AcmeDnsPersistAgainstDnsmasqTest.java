package org.certdesk.ui.acme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.certdesk.application.acme.ManageEabCredentials;
import org.certdesk.application.ledger.ShowDomainValidations;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.verification.VerificationMethod;
import org.certdesk.ui.CertDeskApplication;
import org.certdesk.ui.browser.LoopbackDnsmasq;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * ACME dns-persist-01 (draft-ietf-acme-dns-persist, BR 3.2.2.4.22) over the wire with the
 * project's JWS client, against a dnsmasq the test starts as CertDesk's resolver (and so the
 * embedded perspective agents'): the challenge names the issuer domain and the account URL and
 * carries no token; a persistent record naming CertDesk and the account makes the authorization
 * valid, corroborated by the five perspectives and listed in the evidence ledger; a record naming
 * another account makes it invalid with an unauthorized problem that says so.
 */
@SpringBootTest(classes = CertDeskApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
class AcmeDnsPersistAgainstDnsmasqTest {

    private static final String ZONE = "example.com";
    /** The zone and its parent, as the CAA climb (RFC 8659 3) reaches both. */
    private static final List<String> SERVED = List.of(ZONE, "com");
    private static final int DNS_PORT = LoopbackDnsmasq.freePort();

    private static LoopbackDnsmasq dnsmasq;

    @LocalServerPort
    int port;
    @Autowired
    Tenants tenants;
    @Autowired
    ManageEabCredentials credentials;
    @Autowired
    ShowDomainValidations ledger;

    private RawAcmeClient client;
    private Actor customer;

    @DynamicPropertySource
    static void resolverIsTheTestsDnsmasq(DynamicPropertyRegistry registry) {
        registry.add("certdesk.dns.resolver-host", () -> "127.0.0.1");
        registry.add("certdesk.dns.resolver-port", () -> DNS_PORT);
        // dnsmasq serves the zones unsigned and no root: nothing to validate to the IANA anchors.
        registry.add("certdesk.dns.dnssec-validation", () -> "false");
    }

    @AfterAll
    static void stopDnsmasq() throws Exception {
        if (dnsmasq != null) {
            dnsmasq.close();
        }
    }

    @BeforeEach
    void connect() {
        client = new RawAcmeClient(port);
    }

    @Test
    void aPersistentRecordNamingTheAccountValidatesAndOneNamingAnotherAccountIsRefused() throws Exception {
        ECKey key = new ECKeyGenerator(Curve.P_256).generate();
        String account = register(key);
        String unique = UUID.randomUUID().toString().substring(0, 8);
        String proven = "persist-" + unique + "." + ZONE;
        String refused = "other-" + unique + "." + ZONE;
        String otherAccount = client.url("/account/999999");

        Map<String, Object> provenChallenge = persistChallenge(key, account, proven);
        Map<String, Object> refusedChallenge = persistChallenge(key, account, refused);
        // The draft's challenge object: what the record must name, and no token (nothing random to publish).
        assertThat(provenChallenge).doesNotContainKey("token").containsEntry("accounturi", account)
                .containsEntry("issuer-domain-names", List.of("certdesk.test"));

        dnsmasq = LoopbackDnsmasq.start(DNS_PORT, SERVED,
                "_validation-persist." + proven, "certdesk.test; accounturi=" + account,
                "_validation-persist." + refused, "certdesk.test; accounturi=" + otherAccount);

        Map<String, Object> valid = answerAndWait(key, account, provenChallenge);
        assertThat(valid.get("status")).as(JSONObjectUtils.toJSONString(valid)).isEqualTo("valid");
        Map<String, Object> invalid = answerAndWait(key, account, refusedChallenge);
        assertThat(invalid.get("status")).isEqualTo("invalid");
        Map<String, Object> error = JSONObjectUtils.getJSONObject(challengeOf(invalid), "error");
        assertThat(error.get("type")).isEqualTo("urn:ietf:params:acme:error:unauthorized");
        assertThat((String) error.get("detail")).contains("_validation-persist." + refused)
                .contains("names another account (" + otherAccount + ")");

        // The evidence ledger: the ACME method of BR 3.2.2.4.22, corroborated by the five perspectives
        // through their resolver (this dnsmasq), reusable for 10 days at most.
        assertThat(ledger.page(customer, null, proven, 0, 10)).singleElement().satisfies(validation -> {
            assertThat(validation.method()).isEqualTo(VerificationMethod.ACME_DNS_PERSIST_01);
            assertThat(validation.brSection()).isEqualTo("3.2.2.4.22");
            assertThat(validation.observed()).isEqualTo("TXT _validation-persist." + proven + " = certdesk.test; accounturi=" + account);
            assertThat(validation.corroboratedBy()).hasSize(5);
            assertThat(validation.acmeOrderId()).isNotNull();
            assertThat(validation.reusableUntil()).isBetween(validation.validatedAt().plus(Duration.ofDays(10)).minusSeconds(1),
                    validation.validatedAt().plus(Duration.ofDays(10)));
        });
        assertThat(ledger.page(customer, null, refused, 0, 10)).isEmpty();
    }

    /** A fresh tenant with EAB credentials registers the key; returns the account URL (the kid). */
    private String register(ECKey key) throws Exception {
        Tenant tenant = tenants.save(Tenant.unsaved("Persist tenant " + UUID.randomUUID()));
        customer = Actor.customer(null, "persist-" + tenant.id().value(), tenant.id());
        var eab = credentials.create(customer, new Contact("Ops", EmailAddress.parse("ops@persist.example.test"),
                PhoneNumber.parse("+86 10 1234 5678")));
        String newAccount = client.url("/new-account");
        String payload = JSONObjectUtils.toJSONString(Map.of("termsOfServiceAgreed", true, "externalAccountBinding",
                RawAcmeClient.binding(newAccount, eab.keyId(), eab.hmacKeyBase64Url(), key)));
        HttpResponse<String> created = client.post(newAccount, payload, key, null, client.nonce());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created.headers().firstValue("Location").orElseThrow();
    }

    /** Places an order for the name and returns its authorization's dns-persist-01 challenge, with "authz" added. */
    private Map<String, Object> persistChallenge(ECKey key, String account, String name) throws Exception {
        String payload = JSONObjectUtils.toJSONString(Map.of("identifiers", List.of(Map.of("type", "dns", "value", name))));
        HttpResponse<String> order = client.post(client.url("/new-order"), payload, key, account, client.nonce());
        assertThat(order.statusCode()).as(order.body()).isEqualTo(201);
        String authz = JSONObjectUtils.getStringList(RawAcmeClient.json(order), "authorizations").getFirst();
        Map<String, Object> challenge = new java.util.LinkedHashMap<>(challengeOf(postAsGet(key, account, authz)));
        challenge.put("authz", authz);
        return challenge;
    }

    /** Answers the challenge (RFC 8555 7.5.1) and polls its authorization until it is settled. */
    private Map<String, Object> answerAndWait(ECKey key, String account, Map<String, Object> challenge) throws Exception {
        HttpResponse<String> answered = client.post((String) challenge.get("url"), "{}", key, account, client.nonce());
        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (true) {
            Map<String, Object> authorization = postAsGet(key, account, (String) challenge.get("authz"));
            String status = (String) authorization.get("status");
            if (!"pending".equals(status) || System.nanoTime() > deadline) {
                return authorization;
            }
            Thread.sleep(200);
        }
    }

    private Map<String, Object> postAsGet(ECKey key, String account, String url) throws Exception {
        HttpResponse<String> response = client.post(url, "", key, account, client.nonce());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        return RawAcmeClient.json(response);
    }

    private static Map<String, Object> challengeOf(Map<String, Object> authorization) throws Exception {
        for (Object challenge : (List<?>) authorization.get("challenges")) {
            @SuppressWarnings("unchecked")
            Map<String, Object> object = (Map<String, Object>) challenge;
            if ("dns-persist-01".equals(object.get("type"))) {
                return object;
            }
        }
        throw new AssertionError("No dns-persist-01 challenge in " + JSONObjectUtils.toJSONString(authorization));
    }
}
