package org.certdesk.ui.acme;

import java.io.ByteArrayInputStream;
import java.math.BigInteger;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import jakarta.servlet.http.HttpServletRequest;
import org.certdesk.application.acme.AcmeIdentifierInput;
import org.certdesk.application.acme.AnswerAcmeChallenge;
import org.certdesk.application.acme.DeactivateAcmeAuthorization;
import org.certdesk.application.acme.FinalizeAcmeOrder;
import org.certdesk.application.acme.PlaceAcmeOrder;
import org.certdesk.application.acme.RevokeAcmeCertificate;
import org.certdesk.application.acme.ShowAcmeResources;
import org.certdesk.domain.acme.AcmeAccount;
import org.certdesk.domain.acme.AcmeAuthorization;
import org.certdesk.domain.acme.AcmeOrder;
import org.certdesk.domain.acme.AcmeProblem;
import org.certdesk.domain.acme.AcmeProblemType;
import org.certdesk.domain.acme.ChallengeType;
import org.certdesk.domain.verification.PersistentDcvIdentity;
import org.certdesk.ui.acme.AcmeRequestVerifier.KeyRule;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Orders, authorizations, challenges, certificates and revocation over HTTP (RFC 8555 7.4-7.6). */
@RestController
@RequestMapping("/acme")
class AcmeOrderController {

    /** RFC 8555 7.5.1 / 7.4: how long a client should wait before polling again. */
    private static final String POLL_AFTER_SECONDS = "1";

    private final AcmeRequestVerifier verifier;
    private final PlaceAcmeOrder placeOrder;
    private final ShowAcmeResources resources;
    private final AnswerAcmeChallenge answerChallenge;
    private final FinalizeAcmeOrder finalizeOrder;
    private final RevokeAcmeCertificate revokeCertificate;
    private final DeactivateAcmeAuthorization deactivateAuthorization;
    private final AcmeReplies replies;
    private final Clock clock;
    /** What a dns-persist-01 record names as the CA (the CAA identity). */
    private final String issuerDomain;

    AcmeOrderController(AcmeRequestVerifier verifier, PlaceAcmeOrder placeOrder, ShowAcmeResources resources,
                        AnswerAcmeChallenge answerChallenge, FinalizeAcmeOrder finalizeOrder,
                        RevokeAcmeCertificate revokeCertificate, DeactivateAcmeAuthorization deactivateAuthorization,
                        AcmeReplies replies, Clock clock, PersistentDcvIdentity persistentDcvIdentity) {
        this.issuerDomain = persistentDcvIdentity.issuerDomain();
        this.deactivateAuthorization = deactivateAuthorization;
        this.verifier = verifier;
        this.placeOrder = placeOrder;
        this.resources = resources;
        this.answerChallenge = answerChallenge;
        this.finalizeOrder = finalizeOrder;
        this.revokeCertificate = revokeCertificate;
        this.replies = replies;
        this.clock = clock;
    }

    @PostMapping("/new-order")
    ResponseEntity<String> newOrder(@RequestBody String body, HttpServletRequest http) {
        AcmeLinks links = AcmeLinks.of(http);
        AcmeRequest request = verifier.verify(body, AcmeLinks.requestUrl(http), links, KeyRule.KID);
        Map<String, Object> payload = request.payload();
        if (payload.containsKey("notBefore") || payload.containsKey("notAfter")) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, "notBefore and notAfter are not supported; choose a profile instead.");
        }
        AcmeOrder order = placeOrder.place(new PlaceAcmeOrder.Command(request.requireAccount(), identifiers(payload.get("identifiers")),
                payload.get("profile") instanceof String p ? p : null, payload.get("replaces") instanceof String r ? r : null));
        return replies.created(links, links.order(order.id().value()), AcmeJson.order(order, clock.instant(), links));
    }

    @PostMapping("/order/{id}")
    ResponseEntity<String> order(@PathVariable long id, @RequestBody String body, HttpServletRequest http) {
        AcmeLinks links = AcmeLinks.of(http);
        AcmeRequest request = verifier.verify(body, AcmeLinks.requestUrl(http), links, KeyRule.KID);
        AcmeOrder order = resources.order(request.requireAccount(), id);
        return replies.status(200, links).header(HttpHeaders.RETRY_AFTER, POLL_AFTER_SECONDS)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(AcmeJson.write(AcmeJson.order(order, clock.instant(), links)));
    }

    @PostMapping("/order/{id}/finalize")
    ResponseEntity<String> finalizeOrder(@PathVariable long id, @RequestBody String body, HttpServletRequest http) {
        AcmeLinks links = AcmeLinks.of(http);
        AcmeRequest request = verifier.verify(body, AcmeLinks.requestUrl(http), links, KeyRule.KID);
        if (!(request.payload().get("csr") instanceof String csr)) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, "finalize carries the CSR as base64url DER in \"csr\".");
        }
        AcmeAccount account = request.requireAccount();
        AcmeOrder order = finalizeOrder.finalize(account, id, base64Url(csr, AcmeProblemType.BAD_CSR),
                links.account(account.id().value()));
        return replies.status(200, links).header(HttpHeaders.LOCATION, links.order(id))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(AcmeJson.write(AcmeJson.order(order, clock.instant(), links)));
    }

    @PostMapping("/authz/{id}")
    ResponseEntity<String> authorization(@PathVariable long id, @RequestBody String body, HttpServletRequest http) {
        AcmeLinks links = AcmeLinks.of(http);
        AcmeRequest request = verifier.verify(body, AcmeLinks.requestUrl(http), links, KeyRule.KID);
        AcmeAuthorization authorization = "deactivated".equals(request.payload().get("status"))
                ? deactivateAuthorization.deactivate(request.requireAccount(), id)
                : resources.authorization(request.requireAccount(), id);
        return replies.status(200, links).header(HttpHeaders.RETRY_AFTER, POLL_AFTER_SECONDS)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(AcmeJson.write(AcmeJson.authorization(authorization, clock.instant(), links, issuerDomain)));
    }

    @PostMapping("/challenge/{authorizationId}/{type}")
    ResponseEntity<String> challenge(@PathVariable long authorizationId, @PathVariable String type, @RequestBody String body,
                                     HttpServletRequest http) {
        AcmeLinks links = AcmeLinks.of(http);
        AcmeRequest request = verifier.verify(body, AcmeLinks.requestUrl(http), links, KeyRule.KID);
        ChallengeType challengeType = ChallengeType.fromProtocolName(type)
                .orElseThrow(() -> new AcmeProblem(AcmeProblemType.NOT_FOUND, "No challenge of type " + type + "."));
        AcmeAuthorization authorization = request.postAsGet()
                ? resources.authorization(request.requireAccount(), authorizationId)
                : answerChallenge.answer(request.requireAccount(), authorizationId, challengeType,
                links.account(request.requireAccount().id().value()));
        return replies.status(200, links).header(HttpHeaders.LINK, "<" + links.authorization(authorizationId) + ">;rel=\"up\"")
                .header(HttpHeaders.RETRY_AFTER, POLL_AFTER_SECONDS)
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(AcmeJson.write(AcmeJson.challenge(authorization, authorization.challenge(challengeType), links, issuerDomain)));
    }

    @PostMapping("/cert/{id}")
    ResponseEntity<String> certificate(@PathVariable long id, @RequestBody String body, HttpServletRequest http) {
        AcmeLinks links = AcmeLinks.of(http);
        AcmeRequest request = verifier.verify(body, AcmeLinks.requestUrl(http), links, KeyRule.KID);
        var chain = resources.certificate(request.requireAccount(), id);
        return replies.status(200, links).contentType(AcmeReplies.PEM_CHAIN).body(chain.fullChainPem());
    }

    /** RFC 8555 7.6: signed by an account (kid) or by the certificate's own key (jwk). */
    @PostMapping("/revoke-cert")
    ResponseEntity<String> revoke(@RequestBody String body, HttpServletRequest http) {
        AcmeLinks links = AcmeLinks.of(http);
        AcmeRequest request = verifier.verify(body, AcmeLinks.requestUrl(http), links, KeyRule.EITHER);
        if (!(request.payload().get("certificate") instanceof String encoded)) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, "revokeCert carries the certificate as base64url DER in \"certificate\".");
        }
        X509Certificate certificate = x509(base64Url(encoded, AcmeProblemType.MALFORMED));
        Integer reason = request.payload().get("reason") instanceof Number n ? n.intValue() : null;
        String serial = serialHex(certificate.getSerialNumber());
        if (request.account() != null) {
            revokeCertificate.byAccount(request.account(), serial, reason);
        } else {
            requireSameKey(request, certificate);
            revokeCertificate.byCertificateKey(serial, reason);
        }
        return replies.status(200, links).build();
    }

    private static void requireSameKey(AcmeRequest request, X509Certificate certificate) {
        boolean same;
        try {
            same = java.util.Arrays.equals(publicKeyOf(request).getEncoded(), certificate.getPublicKey().getEncoded());
        } catch (JOSEException e) {
            same = false;
        }
        if (!same) {
            throw new AcmeProblem(AcmeProblemType.UNAUTHORIZED, "The request is signed neither by an account nor by the certificate's key.");
        }
    }

    private static java.security.PublicKey publicKeyOf(AcmeRequest request) throws JOSEException {
        return switch (request.jwk()) {
            case com.nimbusds.jose.jwk.ECKey ec -> ec.toPublicKey();
            case com.nimbusds.jose.jwk.RSAKey rsa -> rsa.toPublicKey();
            default -> throw new JOSEException("unsupported key type for revocation by certificate key");
        };
    }

    private static List<AcmeIdentifierInput> identifiers(Object value) {
        if (!(value instanceof List<?> list)) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, "newOrder lists its identifiers in \"identifiers\".");
        }
        List<AcmeIdentifierInput> identifiers = new ArrayList<>();
        for (Object item : list) {
            if (!(item instanceof Map<?, ?> map) || !(map.get("type") instanceof String type) || !(map.get("value") instanceof String v)) {
                throw new AcmeProblem(AcmeProblemType.MALFORMED, "Each identifier is an object with a type and a value.");
            }
            identifiers.add(new AcmeIdentifierInput(type, v));
        }
        return identifiers;
    }

    private static byte[] base64Url(String text, AcmeProblemType problem) {
        try {
            return Base64.getUrlDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new AcmeProblem(problem, "The value is not base64url.");
        }
    }

    private static X509Certificate x509(byte[] der) {
        try {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(new ByteArrayInputStream(der));
        } catch (CertificateException e) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, "The certificate cannot be read as DER X.509.");
        }
    }

    /** As the CA writes serials: lower-case hex of even length. */
    static String serialHex(BigInteger serial) {
        String hex = serial.toString(16);
        return hex.length() % 2 == 0 ? hex : "0" + hex;
    }
}
