package org.certdesk.ui.acme;

import java.util.Map;

import org.certdesk.application.acme.AcmeReplayNonces;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/** Every ACME answer carries a fresh nonce (RFC 8555 6.5) and a link to the directory (7.1). */
@Component
class AcmeReplies {

    static final MediaType PROBLEM = MediaType.parseMediaType("application/problem+json");
    static final MediaType PEM_CHAIN = MediaType.parseMediaType("application/pem-certificate-chain");

    private final AcmeReplayNonces nonces;

    AcmeReplies(AcmeReplayNonces nonces) {
        this.nonces = nonces;
    }

    ResponseEntity.BodyBuilder status(int status, AcmeLinks links) {
        return ResponseEntity.status(status)
                .header("Replay-Nonce", nonces.issue())
                .header(HttpHeaders.LINK, "<" + links.directory() + ">;rel=\"index\"")
                .header(HttpHeaders.CACHE_CONTROL, "no-store");
    }

    ResponseEntity<String> json(int status, AcmeLinks links, Map<String, ?> body) {
        return status(status, links).contentType(MediaType.APPLICATION_JSON).body(AcmeJson.write(body));
    }

    ResponseEntity<String> created(AcmeLinks links, String location, Map<String, ?> body) {
        return status(201, links).header(HttpHeaders.LOCATION, location).contentType(MediaType.APPLICATION_JSON)
                .body(AcmeJson.write(body));
    }
}
