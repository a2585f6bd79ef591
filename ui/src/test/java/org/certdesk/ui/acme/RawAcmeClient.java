package org.certdesk.ui.acme;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSSigner;
import com.nimbusds.jose.Payload;
import com.nimbusds.jose.crypto.ECDSASigner;
import com.nimbusds.jose.crypto.Ed25519Signer;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;

/**
 * An ACME client reduced to the wire, for what real clients never send: replayed nonces, wrong
 * URLs, MAC-signed requests, unknown profiles. It signs with Nimbus, as the server verifies.
 */
final class RawAcmeClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    RawAcmeClient(int port) {
        this.base = "http://localhost:" + port + "/acme";
    }

    String url(String path) {
        return base + path;
    }

    String nonce() throws Exception {
        HttpResponse<Void> response = http.send(HttpRequest.newBuilder(URI.create(url("/new-nonce")))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.discarding());
        return response.headers().firstValue("Replay-Nonce").orElseThrow();
    }

    HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST signed by key; with kid null the public key travels as jwk. */
    HttpResponse<String> post(String url, String payload, JWK key, String kid, String nonce) throws Exception {
        return send(url, jws(url, payload, key, kid, nonce));
    }

    HttpResponse<String> send(String url, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", "application/jose+json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String jws(String url, String payload, JWK key, String kid, String nonce) throws Exception {
        JWSAlgorithm algorithm = key instanceof OctetKeyPair ? JWSAlgorithm.EdDSA : JWSAlgorithm.ES256;
        JWSHeader.Builder header = new JWSHeader.Builder(algorithm).customParam("url", url).customParam("nonce", nonce);
        if (kid == null) {
            header.jwk(key.toPublicJWK());
        } else {
            header.keyID(kid);
        }
        JWSSigner signer = key instanceof OctetKeyPair okp ? new Ed25519Signer(okp) : new ECDSASigner((ECKey) key);
        return sign(header.build(), payload, signer);
    }

    /** The externalAccountBinding object of RFC 8555 7.3.4: an HS256 JWS over the account's public key. */
    static Map<String, Object> binding(String newAccountUrl, String eabKid, String hmacKeyBase64Url, JWK accountKey) throws Exception {
        JWSHeader header = new JWSHeader.Builder(JWSAlgorithm.HS256).keyID(eabKid).customParam("url", newAccountUrl).build();
        return JSONObjectUtils.parse(sign(header, accountKey.toPublicJWK().toJSONString(),
                new MACSigner(new Base64URL(hmacKeyBase64Url).decode())));
    }

    static String sign(JWSHeader header, String payload, JWSSigner signer) throws Exception {
        JWSObject jws = new JWSObject(header, new Payload(payload));
        jws.sign(signer);
        Map<String, Object> flattened = new LinkedHashMap<>();
        flattened.put("protected", jws.getHeader().toBase64URL().toString());
        flattened.put("payload", jws.getPayload().toBase64URL().toString());
        flattened.put("signature", jws.getSignature().toString());
        return JSONObjectUtils.toJSONString(flattened);
    }

    static Map<String, Object> json(HttpResponse<String> response) throws Exception {
        return JSONObjectUtils.parse(response.body());
    }
}
