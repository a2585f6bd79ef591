package org.certdesk.ui.acme;

import java.text.ParseException;
import java.util.Map;
import java.util.Set;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.JWSVerifier;
import com.nimbusds.jose.crypto.ECDSAVerifier;
import com.nimbusds.jose.crypto.Ed25519Verifier;
import com.nimbusds.jose.crypto.MACVerifier;
import com.nimbusds.jose.crypto.RSASSAVerifier;
import com.nimbusds.jose.jwk.Curve;
import com.nimbusds.jose.jwk.ECKey;
import com.nimbusds.jose.jwk.JWK;
import com.nimbusds.jose.jwk.OctetKeyPair;
import com.nimbusds.jose.jwk.RSAKey;
import com.nimbusds.jose.util.Base64URL;
import com.nimbusds.jose.util.JSONObjectUtils;
import org.certdesk.application.acme.AcmeAccountRegistry;
import org.certdesk.application.acme.AcmeReplayNonces;
import org.certdesk.domain.acme.AcmeAccount;
import org.certdesk.domain.acme.AcmeProblem;
import org.certdesk.domain.acme.AcmeProblemType;
import org.springframework.stereotype.Component;

/**
 * The JWS checks of RFC 8555 6.2-6.5, with Nimbus JOSE doing the cryptography: flattened JSON
 * serialization, an allowed asymmetric algorithm, a fresh nonce, the url header equal to the
 * request's URL, exactly one of jwk and kid (jwk only where the resource asks for it), and the
 * signature by that key.
 */
@Component
class AcmeRequestVerifier {

    /** RFC 8555 6.2: never "none" nor a MAC algorithm for the outer JWS. */
    static final Set<JWSAlgorithm> ACCOUNT_ALGORITHMS = Set.of(JWSAlgorithm.ES256, JWSAlgorithm.ES384, JWSAlgorithm.ES512,
            JWSAlgorithm.RS256, JWSAlgorithm.Ed25519, JWSAlgorithm.EdDSA);
    static final Set<JWSAlgorithm> MAC_ALGORITHMS = Set.of(JWSAlgorithm.HS256, JWSAlgorithm.HS384, JWSAlgorithm.HS512);

    enum KeyRule { JWK, KID, EITHER }

    private final AcmeReplayNonces nonces;
    private final AcmeAccountRegistry accounts;

    AcmeRequestVerifier(AcmeReplayNonces nonces, AcmeAccountRegistry accounts) {
        this.nonces = nonces;
        this.accounts = accounts;
    }

    AcmeRequest verify(String body, String requestUrl, AcmeLinks links, KeyRule rule) {
        JWSObject jws = parseFlattened(body);
        JWSHeader header = jws.getHeader();
        if (!ACCOUNT_ALGORITHMS.contains(header.getAlgorithm())) {
            throw new AcmeProblem(AcmeProblemType.BAD_SIGNATURE_ALGORITHM, "Algorithm " + header.getAlgorithm()
                    + " is not accepted; use ES256, ES384, ES512, RS256 or EdDSA.");
        }
        Object nonce = header.getCustomParam("nonce");
        if (!(nonce instanceof String value) || !nonces.consume(value)) {
            throw new AcmeProblem(AcmeProblemType.BAD_NONCE, "The nonce is missing, used before, or expired; use the fresh one in "
                    + "this answer's Replay-Nonce header.");
        }
        if (!requestUrl.equals(header.getCustomParam("url"))) {
            throw new AcmeProblem(AcmeProblemType.UNAUTHORIZED, "The JWS url header does not name the URL it was sent to ("
                    + requestUrl + ").");
        }
        JWK jwk = header.getJWK();
        String kid = header.getKeyID();
        if ((jwk == null) == (kid == null)) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, "A request carries exactly one of the jwk and kid header fields.");
        }
        if (rule == KeyRule.JWK && jwk == null) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, "This request must be signed with the jwk header field.");
        }
        if (rule == KeyRule.KID && kid == null) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, "This request must be signed with the account URL as kid.");
        }
        AcmeAccount account = null;
        if (kid != null) {
            long id = links.accountIdOf(kid);
            if (id <= 0) {
                throw new AcmeProblem(AcmeProblemType.ACCOUNT_DOES_NOT_EXIST, "The kid does not name an account of this server.");
            }
            account = accounts.byId(id);
            jwk = parseJwk(account.jwkJson());
        }
        if (jwk.isPrivate()) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, "The jwk header field must hold a public key.");
        }
        requireSignature(jws, jwk);
        String payload = jws.getPayload().toString();
        boolean postAsGet = payload.isEmpty();
        return new AcmeRequest(account, jwk, postAsGet ? Map.of() : parseJson(payload), postAsGet);
    }

    /** Verifies an inner JWS (key change, external account binding) whose signer is given. */
    static JWSObject parseFlattened(Object serialized) {
        Map<String, Object> json = serialized instanceof Map<?, ?> map ? castMap(map) : parseJson((String) serialized);
        Object protectedPart = json.get("protected");
        Object payloadPart = json.get("payload");
        Object signaturePart = json.get("signature");
        if (!(protectedPart instanceof String p) || !(payloadPart instanceof String pl) || !(signaturePart instanceof String s)) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, "The body must be a JWS in flattened JSON serialization "
                    + "(protected, payload, signature).");
        }
        try {
            return new JWSObject(new Base64URL(p), new Base64URL(pl), new Base64URL(s));
        } catch (ParseException e) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, "The JWS protected header cannot be read: " + e.getMessage());
        }
    }

    static void requireSignature(JWSObject jws, JWK jwk) {
        boolean valid;
        try {
            valid = jws.verify(verifierFor(jws.getHeader().getAlgorithm(), jwk));
        } catch (JOSEException | IllegalStateException e) {
            valid = false;
        }
        if (!valid) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, "The JWS signature does not verify with the request's key.");
        }
    }

    /** Whether an HMAC JWS (external account binding) verifies with the given key. */
    static boolean macVerifies(JWSObject jws, byte[] key) {
        if (!MAC_ALGORITHMS.contains(jws.getHeader().getAlgorithm())) {
            return false;
        }
        try {
            return jws.verify(new MACVerifier(key));
        } catch (JOSEException e) {
            return false;
        }
    }

    static JWK parseJwk(String json) {
        try {
            return JWK.parse(json);
        } catch (ParseException e) {
            throw new AcmeProblem(AcmeProblemType.BAD_PUBLIC_KEY, "The key cannot be read as a JWK: " + e.getMessage());
        }
    }

    static Map<String, Object> parseJson(String json) {
        try {
            return JSONObjectUtils.parse(json);
        } catch (ParseException e) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, "The JSON cannot be read: " + e.getMessage());
        }
    }

    private static JWSVerifier verifierFor(JWSAlgorithm algorithm, JWK jwk) throws JOSEException {
        return switch (jwk) {
            case ECKey ec when JWSAlgorithm.Family.EC.contains(algorithm) -> new ECDSAVerifier(ec);
            case RSAKey rsa when JWSAlgorithm.Family.RSA.contains(algorithm) -> {
                if (rsa.size() < 2048) {
                    throw new AcmeProblem(AcmeProblemType.BAD_PUBLIC_KEY, "RSA account keys have at least 2048 bits.");
                }
                yield new RSASSAVerifier(rsa);
            }
            case OctetKeyPair okp when Curve.Ed25519.equals(okp.getCurve()) -> new Ed25519Verifier(okp);
            default -> throw new AcmeProblem(AcmeProblemType.BAD_SIGNATURE_ALGORITHM, "Algorithm " + algorithm
                    + " does not match the " + jwk.getKeyType() + " key.");
        };
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
