package org.certdesk.ui.acme;

import java.util.Map;

import com.nimbusds.jose.jwk.JWK;
import org.certdesk.domain.acme.AcmeAccount;

/**
 * A POST whose JWS verified (RFC 8555 6.2): signed either by an account (kid) or by the key it
 * carries (jwk), with its payload parsed; an empty payload is a POST-as-GET (RFC 8555 6.3).
 */
record AcmeRequest(AcmeAccount account, JWK jwk, Map<String, Object> payload, boolean postAsGet) {

    AcmeAccount requireAccount() {
        return account;
    }
}
