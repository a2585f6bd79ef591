package org.certdesk.ui.acme;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nimbusds.jose.util.JSONObjectUtils;
import org.certdesk.domain.acme.AcmeAccount;
import org.certdesk.domain.acme.AcmeAuthorization;
import org.certdesk.domain.acme.AcmeChallenge;
import org.certdesk.domain.acme.AcmeOrder;
import org.certdesk.domain.acme.AcmeStatus;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.name.IpAddress;

/** The JSON objects of RFC 8555 7.1 for CertDesk's accounts, orders, authorizations and challenges. */
final class AcmeJson {

    private AcmeJson() {
    }

    static String write(Map<String, ?> object) {
        return JSONObjectUtils.toJSONString(castMap(object));
    }

    static Map<String, Object> account(AcmeAccount account, AcmeLinks links) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("status", account.status().protocolName());
        json.put("contact", account.contacts());
        Map<String, Object> binding = new LinkedHashMap<>();
        binding.put("kid", account.eabKeyId());
        json.put("externalAccountBinding", binding);
        return json;
    }

    static Map<String, Object> order(AcmeOrder order, Instant now, AcmeLinks links) {
        Map<String, Object> json = new LinkedHashMap<>();
        AcmeStatus status = order.status();
        json.put("status", status.protocolName());
        json.put("expires", timestamp(order.expires()));
        json.put("identifiers", order.identifiers().asList().stream().map(AcmeJson::identifier).toList());
        json.put("profile", order.profile());
        order.replaces().ifPresent(r -> json.put("replaces", r));
        json.put("authorizations", order.authorizations().stream().map(a -> links.authorization(a.value())).toList());
        json.put("finalize", links.finalize(order.id().value()));
        order.certificate().ifPresent(c -> json.put("certificate", links.certificate(c.value())));
        order.errorType().ifPresent(type -> json.put("error", problem(type.urn(), order.errorDetail().orElse(""), type.httpStatus())));
        return json;
    }

    /** @param issuerDomain the CA's issuer domain name, which a dns-persist-01 record names */
    static Map<String, Object> authorization(AcmeAuthorization authorization, Instant now, AcmeLinks links, String issuerDomain) {
        Map<String, Object> json = new LinkedHashMap<>();
        Map<String, Object> identifier = new LinkedHashMap<>();
        identifier.put("type", authorization.identifier() instanceof IpAddress ? "ip" : "dns");
        identifier.put("value", authorization.protocolIdentifierValue());
        json.put("identifier", identifier);
        json.put("status", authorization.statusAt(now).protocolName());
        json.put("expires", timestamp(authorization.expires()));
        List<Map<String, Object>> challenges = new ArrayList<>();
        for (AcmeChallenge challenge : authorization.challenges()) {
            challenges.add(challenge(authorization, challenge, links, issuerDomain));
        }
        json.put("challenges", challenges);
        if (authorization.identifier().isWildcard()) {
            json.put("wildcard", true);
        }
        return json;
    }

    /**
     * A challenge object (RFC 8555 8). dns-persist-01 carries no token but what its record must
     * name (draft-ietf-acme-dns-persist): the issuer domain names and the account URL.
     */
    static Map<String, Object> challenge(AcmeAuthorization authorization, AcmeChallenge challenge, AcmeLinks links,
                                         String issuerDomain) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", challenge.type().protocolName());
        json.put("url", links.challenge(authorization.id().value(), challenge.type().protocolName()));
        json.put("status", challenge.status().protocolName());
        if (challenge.type().usesToken()) {
            json.put("token", authorization.token());
        } else {
            json.put("issuer-domain-names", List.of(issuerDomain));
            json.put("accounturi", links.account(authorization.account().value()));
        }
        if (challenge.validatedAt() != null) {
            json.put("validated", timestamp(challenge.validatedAt()));
        }
        if (challenge.errorType() != null) {
            json.put("error", problem(challenge.errorType().urn(), challenge.errorDetail(), challenge.errorType().httpStatus()));
        }
        return json;
    }

    static Map<String, Object> problem(String type, String detail, int status) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type);
        json.put("detail", detail);
        json.put("status", status);
        return json;
    }

    private static Map<String, Object> identifier(Identifier identifier) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", identifier instanceof IpAddress ? "ip" : "dns");
        json.put("value", identifier.value());
        return json;
    }

    /** RFC 3339 in UTC, as RFC 8555 7.1 asks for its timestamps. */
    static String timestamp(Instant instant) {
        return instant.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> castMap(Map<String, ?> map) {
        return (Map<String, Object>) map;
    }
}
