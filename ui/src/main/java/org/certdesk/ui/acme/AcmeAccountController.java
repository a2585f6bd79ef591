package org.certdesk.ui.acme;

import java.util.List;
import java.util.Map;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSObject;
import com.nimbusds.jose.jwk.JWK;
import jakarta.servlet.http.HttpServletRequest;
import org.certdesk.application.acme.AcmeAccountRegistry;
import org.certdesk.domain.acme.AcmeAccount;
import org.certdesk.domain.acme.AcmeProblem;
import org.certdesk.domain.acme.AcmeProblemType;
import org.certdesk.ui.acme.AcmeRequestVerifier.KeyRule;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** ACME accounts over HTTP: newAccount with external account binding (RFC 8555 7.3), update, deactivation, key rollover. */
@RestController
@RequestMapping("/acme")
class AcmeAccountController {

    private final AcmeRequestVerifier verifier;
    private final AcmeAccountRegistry accounts;
    private final AcmeReplies replies;

    AcmeAccountController(AcmeRequestVerifier verifier, AcmeAccountRegistry accounts, AcmeReplies replies) {
        this.verifier = verifier;
        this.accounts = accounts;
        this.replies = replies;
    }

    @PostMapping("/new-account")
    ResponseEntity<String> newAccount(@RequestBody String body, HttpServletRequest http) {
        AcmeLinks links = AcmeLinks.of(http);
        AcmeRequest request = verifier.verify(body, AcmeLinks.requestUrl(http), links, KeyRule.JWK);
        String thumbprint = thumbprint(request.jwk());
        if (Boolean.TRUE.equals(request.payload().get("onlyReturnExisting"))) {
            AcmeAccount existing = accounts.byThumbprint(thumbprint).orElseThrow(() -> new AcmeProblem(
                    AcmeProblemType.ACCOUNT_DOES_NOT_EXIST, "No account has this key."));
            return replies.status(200, links).header("Location", links.account(existing.id().value()))
                    .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                    .body(AcmeJson.write(AcmeJson.account(existing, links)));
        }
        JWSObject binding = request.payload().get("externalAccountBinding") instanceof Map<?, ?> eab
                ? AcmeRequestVerifier.parseFlattened(eab) : null;
        String eabKeyId = binding == null ? null : requireBindingFor(binding, request.jwk(), links);
        var registration = accounts.register(new AcmeAccountRegistry.NewAccount(thumbprint, request.jwk().toPublicJWK().toJSONString(),
                contacts(request.payload()), eabKeyId, key -> AcmeRequestVerifier.macVerifies(binding, key)));
        AcmeAccount account = registration.account();
        return replies.status(registration.created() ? 201 : 200, links).header("Location", links.account(account.id().value()))
                .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
                .body(AcmeJson.write(AcmeJson.account(account, links)));
    }

    @PostMapping("/account/{id}")
    ResponseEntity<String> account(@PathVariable long id, @RequestBody String body, HttpServletRequest http) {
        AcmeLinks links = AcmeLinks.of(http);
        AcmeRequest request = verifier.verify(body, AcmeLinks.requestUrl(http), links, KeyRule.KID);
        AcmeAccount account = request.requireAccount();
        if (account.id().value() != id) {
            throw new AcmeProblem(AcmeProblemType.UNAUTHORIZED, "An account may only read and change itself.");
        }
        if ("deactivated".equals(request.payload().get("status"))) {
            account = accounts.deactivate(id);
        } else if (request.payload().containsKey("contact")) {
            account = accounts.updateContacts(id, contacts(request.payload()));
        }
        return replies.json(200, links, AcmeJson.account(account, links));
    }

    /** RFC 8555 7.3.5: the inner JWS, signed by the new key, names the account and the old key. */
    @PostMapping("/key-change")
    ResponseEntity<String> keyChange(@RequestBody String body, HttpServletRequest http) {
        AcmeLinks links = AcmeLinks.of(http);
        String url = AcmeLinks.requestUrl(http);
        AcmeRequest request = verifier.verify(body, url, links, KeyRule.KID);
        AcmeAccount account = request.requireAccount().requireValid();
        JWSObject inner = AcmeRequestVerifier.parseFlattened(request.payload());
        JWK newKey = inner.getHeader().getJWK();
        if (newKey == null || inner.getHeader().getKeyID() != null || !url.equals(inner.getHeader().getCustomParam("url"))
                || inner.getHeader().getCustomParam("nonce") != null) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, "The inner JWS carries the new key as jwk, the same url, and no nonce.");
        }
        AcmeRequestVerifier.requireSignature(inner, newKey);
        Map<String, Object> change = AcmeRequestVerifier.parseJson(inner.getPayload().toString());
        if (!links.account(account.id().value()).equals(change.get("account"))) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, "The key change must name the account that signs it.");
        }
        if (!(change.get("oldKey") instanceof Map<?, ?> oldKey)
                || !thumbprint(AcmeRequestVerifier.parseJwk(AcmeJson.write(castMap(oldKey)))).equals(account.keyThumbprint())) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, "oldKey is not the account's current key.");
        }
        AcmeAccount changed = accounts.rollKey(account.id().value(), thumbprint(newKey), newKey.toPublicJWK().toJSONString());
        return replies.json(200, links, AcmeJson.account(changed, links));
    }

    /** RFC 8555 7.3.4: the binding is an HMAC JWS over the account key, for the newAccount URL, named by the EAB key id. */
    private static String requireBindingFor(JWSObject binding, JWK accountKey, AcmeLinks links) {
        String kid = binding.getHeader().getKeyID();
        if (kid == null || !AcmeRequestVerifier.MAC_ALGORITHMS.contains(binding.getHeader().getAlgorithm())
                || !links.newAccount().equals(binding.getHeader().getCustomParam("url"))) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED,
                    "The externalAccountBinding is an HS256 JWS with the EAB key id as kid and the newAccount URL as url.");
        }
        JWK bound = AcmeRequestVerifier.parseJwk(binding.getPayload().toString());
        if (!thumbprint(bound).equals(thumbprint(accountKey))) {
            throw new AcmeProblem(AcmeProblemType.UNAUTHORIZED, "The externalAccountBinding binds a different key.");
        }
        return kid;
    }

    static String thumbprint(JWK jwk) {
        try {
            return jwk.computeThumbprint().toString();
        } catch (JOSEException e) {
            throw new AcmeProblem(AcmeProblemType.BAD_PUBLIC_KEY, "The key's thumbprint cannot be computed: " + e.getMessage());
        }
    }

    private static List<String> contacts(Map<String, Object> payload) {
        Object contact = payload.get("contact");
        if (contact == null) {
            return List.of();
        }
        if (!(contact instanceof List<?> list) || list.stream().anyMatch(c -> !(c instanceof String s) || !s.startsWith("mailto:"))) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, "contact is a list of mailto: URLs.");
        }
        return list.stream().map(String.class::cast).toList();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<?, ?> map) {
        return (Map<String, Object>) map;
    }
}
