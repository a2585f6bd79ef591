package org.certdesk.ui.acme;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.gen.ECKeyGenerator;
import com.nimbusds.jose.jwk.gen.OctetKeyPairGenerator;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.certdesk.application.acme.AcmeIdentifierInput;
import org.certdesk.domain.acme.AcmeRateLimits;
import org.certdesk.domain.acme.AcmeSettings;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;

/**
 * The JWS and protocol rules of RFC 8555 6 at the wire, with requests no well-behaved client
 * sends: each refusal is a problem document with its error type, and a fresh nonce to retry with.
 */
@SpringBootTest(classes = CertDeskApplication.class, webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@Import(AcmeFixture.class)
class AcmeWireTest {

    @LocalServerPort
    int port;
    @Autowired
    AcmeFixture fixture;
    @Autowired
    AcmeSettings settings;

    private RawAcmeClient client;

    @BeforeEach
    void connect() {
        client = new RawAcmeClient(port);
    }

    /** The customer of the account register made last. */
    private AcmeFixture.Customer registered;

    /** Registers an account for a fresh tenant; returns its URL (the kid of later requests). */
    private String register(JWK key) throws Exception {
        var customer = fixture.customerWithCredentials();
        registered = customer;
        String newAccount = client.url("/new-account");
        String payload = JSONObjectUtils.toJSONString(Map.of("termsOfServiceAgreed", true, "externalAccountBinding",
                RawAcmeClient.binding(newAccount, customer.eab().keyId(), customer.eab().hmacKeyBase64Url(), key)));
        HttpResponse<String> created = client.post(newAccount, payload, key, null, client.nonce());
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return created.headers().firstValue("Location").orElseThrow();
    }

    private static ECKey ecKey() throws Exception {
        return new ECKeyGenerator(Curve.P_256).generate();
    }

    private static void assertProblem(HttpResponse<String> response, int status, String type) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(status);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(v -> assertThat(v).startsWith("application/problem+json"));
        assertThat(RawAcmeClient.json(response).get("type")).isEqualTo("urn:ietf:params:acme:error:" + type);
        assertThat(response.headers().firstValue("Replay-Nonce")).isPresent();
    }

    @Test
    void theDirectoryAdvertisesEveryResourceAndRequiresExternalAccountBinding() throws Exception {
        Map<String, Object> directory = RawAcmeClient.json(client.get("/directory"));

        assertThat(directory).containsKeys("newNonce", "newAccount", "newOrder", "revokeCert", "keyChange", "renewalInfo");
        @SuppressWarnings("unchecked")
        Map<String, Object> meta = (Map<String, Object>) directory.get("meta");
        assertThat(meta.get("externalAccountRequired")).isEqualTo(true);
        assertThat(((Map<?, ?>) meta.get("profiles")).keySet().stream().map(String::valueOf).toList()).contains("classic", "shortlived");
    }

    @Test
    void aReplayedNonceIsBadNonceAndTheAnswerCarriesAFreshOne() throws Exception {
        ECKey key = ecKey();
        String account = register(key);
        String nonce = client.nonce();
        assertThat(client.post(account, "", key, account, nonce).statusCode()).isEqualTo(200);

        HttpResponse<String> replayed = client.post(account, "", key, account, nonce);

        assertProblem(replayed, 400, "badNonce");
        String fresh = replayed.headers().firstValue("Replay-Nonce").orElseThrow();
        assertThat(client.post(account, "", key, account, fresh).statusCode()).isEqualTo(200);
    }

    @Test
    void aRequestSignedForAnotherUrlIsRefused() throws Exception {
        ECKey key = ecKey();
        String account = register(key);

        HttpResponse<String> response = client.send(client.url("/new-order"),
                RawAcmeClient.jws(account, "", key, account, client.nonce()));

        assertProblem(response, 403, "unauthorized");
    }

    @Test
    void aMacSignedOuterJwsIsABadSignatureAlgorithm() throws Exception {
        String url = client.url("/new-account");
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256).keyID("anything").customParam("url", url)
                .customParam("nonce", client.nonce()).build();

        HttpResponse<String> response = client.send(url, RawAcmeClient.sign(header, "{}", new MACSigner(new byte[32])));

        assertProblem(response, 400, "badSignatureAlgorithm");
    }

    @Test
    void anEdDsaAccountOrdersAndAnUnknownProfileIsRefused() throws Exception {
        JWK key = new OctetKeyPairGenerator(Curve.Ed25519).generate();
        String account = register(key);
        String name = registered.freshName("ed");

        HttpResponse<String> order = client.post(client.url("/new-order"), JSONObjectUtils.toJSONString(Map.of("identifiers",
                List.of(Map.of("type", "dns", "value", name)))), key, account, client.nonce());
        assertThat(order.statusCode()).as(order.body()).isEqualTo(201);
        assertThat(RawAcmeClient.json(order).get("status")).isEqualTo("pending");

        HttpResponse<String> unknown = client.post(client.url("/new-order"), JSONObjectUtils.toJSONString(Map.of("identifiers",
                List.of(Map.of("type", "dns", "value", name)), "profile", "no-such-profile")), key, account, client.nonce());
        assertProblem(unknown, 400, "invalidProfile");
    }

    @Test
    void oneSetOfCredentialsBindsOneAccountAndAnUnknownKeyIdIsUnauthorized() throws Exception {
        var customer = fixture.customerWithCredentials();
        String newAccount = client.url("/new-account");
        ECKey first = ecKey();
        ECKey second = ecKey();
        String bindFirst = JSONObjectUtils.toJSONString(Map.of("externalAccountBinding",
                RawAcmeClient.binding(newAccount, customer.eab().keyId(), customer.eab().hmacKeyBase64Url(), first)));
        assertThat(client.post(newAccount, bindFirst, first, null, client.nonce()).statusCode()).isEqualTo(201);

        String bindSecond = JSONObjectUtils.toJSONString(Map.of("externalAccountBinding",
                RawAcmeClient.binding(newAccount, customer.eab().keyId(), customer.eab().hmacKeyBase64Url(), second)));
        assertProblem(client.post(newAccount, bindSecond, second, null, client.nonce()), 403, "unauthorized");

        String unknownKid = JSONObjectUtils.toJSONString(Map.of("externalAccountBinding",
                RawAcmeClient.binding(newAccount, "kid-unknown", customer.eab().hmacKeyBase64Url(), second)));
        assertProblem(client.post(newAccount, unknownKid, second, null, client.nonce()), 403, "unauthorized");
    }

    @Test
    void ordersBeyondTheHourlyLimitAreRateLimitedWithRetryAfter() throws Exception {
        ECKey key = ecKey();
        String account = register(key);
        AcmeRateLimits before = settings.rateLimits();
        settings.saveRateLimits(new AcmeRateLimits(2, before.failedValidationsPerHour(), before.tenantOrdersPerHour()));
        try {
            for (int i = 0; i < 2; i++) {
                assertThat(client.post(client.url("/new-order"), order(registered.freshName("limit")), key, account, client.nonce())
                        .statusCode()).isEqualTo(201);
            }
            HttpResponse<String> limited = client.post(client.url("/new-order"), order(registered.freshName("limit")), key, account,
                    client.nonce());
            assertProblem(limited, 429, "rateLimited");
            assertThat(limited.headers().firstValue("Retry-After")).isPresent();
        } finally {
            settings.saveRateLimits(before);
        }
    }

    /** lego waits 5 s before its first authorization poll unless the challenge's answer says sooner (Retry-After). */
    @Test
    void theAnsweredChallengeTellsTheClientToPollAgainInOneSecond() throws Exception {
        ECKey key = ecKey();
        String account = register(key);
        HttpResponse<String> order = client.post(client.url("/new-order"), order(registered.freshName("poll")), key, account, client.nonce());
        String authorization = ((List<?>) RawAcmeClient.json(order).get("authorizations")).getFirst().toString();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> challenges = (List<Map<String, Object>>) RawAcmeClient.json(
                client.post(authorization, "", key, account, client.nonce())).get("challenges");
        String dns01 = challenges.stream().filter(c -> "dns-01".equals(c.get("type"))).findFirst().orElseThrow().get("url").toString();

        HttpResponse<String> answered = client.post(dns01, "{}", key, account, client.nonce());

        assertThat(answered.statusCode()).as(answered.body()).isEqualTo(200);
        assertThat(answered.headers().firstValue("Retry-After")).hasValue("1");
    }

    @Test
    void ordersOfAllTheTenantsAccountsCountTowardsItsHourlyLimit() throws Exception {
        var customer = fixture.customerWithCredentials();
        var second = fixture.moreCredentials(customer);
        String newAccount = client.url("/new-account");
        ECKey firstKey = ecKey();
        ECKey secondKey = ecKey();
        String first = client.post(newAccount, JSONObjectUtils.toJSONString(Map.of("externalAccountBinding", RawAcmeClient.binding(
                newAccount, customer.eab().keyId(), customer.eab().hmacKeyBase64Url(), firstKey))), firstKey, null, client.nonce())
                .headers().firstValue("Location").orElseThrow();
        String other = client.post(newAccount, JSONObjectUtils.toJSONString(Map.of("externalAccountBinding", RawAcmeClient.binding(
                newAccount, second.keyId(), second.hmacKeyBase64Url(), secondKey))), secondKey, null, client.nonce())
                .headers().firstValue("Location").orElseThrow();
        AcmeRateLimits before = settings.rateLimits();
        settings.saveRateLimits(new AcmeRateLimits(before.ordersPerHour(), before.failedValidationsPerHour(), 2));
        try {
            assertThat(client.post(client.url("/new-order"), order(customer.freshName("t")), firstKey, first, client.nonce())
                    .statusCode()).isEqualTo(201);
            assertThat(client.post(client.url("/new-order"), order(customer.freshName("t")), secondKey, other, client.nonce())
                    .statusCode()).isEqualTo(201);
            assertProblem(client.post(client.url("/new-order"), order(customer.freshName("t")), firstKey, first, client.nonce()),
                    429, "rateLimited");
        } finally {
            settings.saveRateLimits(before);
        }
    }

    @Test
    void aBodyBeyondTheLimitIsRefusedBeforeItsSignatureIsRead() throws Exception {
        JWK key = ecKey();
        String account = register(key);
        String padding = "a".repeat(AcmeBodyLimit.MAX_BYTES);

        HttpResponse<String> huge = client.post(client.url("/new-order"), JSONObjectUtils.toJSONString(Map.of("identifiers",
                List.of(Map.of("type", "dns", "value", registered.freshName("big"))), "padding", padding)), key, account, client.nonce());

        assertProblem(huge, 413, "malformed");
        assertThat(RawAcmeClient.json(huge).get("detail").toString()).contains("64 KiB");
    }

    @Test
    void anOrderBeyondTheIdentifierLimitIsMalformedAndALongNameIsQuotedShort() throws Exception {
        JWK key = ecKey();
        String account = register(key);
        List<Map<String, String>> tooMany = new ArrayList<>();
        for (int i = 0; i <= AcmeIdentifierInput.MAX_PER_ORDER; i++) {
            tooMany.add(Map.of("type", "dns", "value", registered.freshName("n" + i)));
        }

        HttpResponse<String> refused = client.post(client.url("/new-order"),
                JSONObjectUtils.toJSONString(Map.of("identifiers", tooMany)), key, account, client.nonce());
        assertProblem(refused, 400, "malformed");
        assertThat(RawAcmeClient.json(refused).get("detail").toString()).contains("at most 100");

        String longValue = "x".repeat(5_000) + "_bad.example.com";
        HttpResponse<String> rejected = client.post(client.url("/new-order"), order(longValue), key, account, client.nonce());
        assertProblem(rejected, 400, "rejectedIdentifier");
        assertThat(RawAcmeClient.json(rejected).get("detail").toString()).hasSizeLessThan(400).doesNotContain("x".repeat(100));
    }

    @Test
    void anUnknownAcmeAddressAnswersWithAProblemDocument() throws Exception {
        assertProblem(client.get("/no-such-resource"), 404, "malformed");
    }

    private static String order(String name) {
        return JSONObjectUtils.toJSONString(Map.of("identifiers", List.of(Map.of("type", "dns", "value", name))));
    }
}
