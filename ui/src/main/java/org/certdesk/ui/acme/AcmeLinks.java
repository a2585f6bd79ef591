package org.certdesk.ui.acme;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The URLs of the ACME resources, built from the address the client used to reach this server
 * (so a client on loopback and one behind a proxy both get links they can follow).
 */
record AcmeLinks(String base) {

    static AcmeLinks of(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return new AcmeLinks(scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port)
                + request.getContextPath() + "/acme");
    }

    /** The URL this request was sent to, as the JWS "url" header must name it (RFC 8555 6.4). */
    static String requestUrl(HttpServletRequest request) {
        return of(request).base().replaceFirst("/acme$", "") + request.getRequestURI().substring(request.getContextPath().length());
    }

    String directory() {
        return base + "/directory";
    }

    String newNonce() {
        return base + "/new-nonce";
    }

    String newAccount() {
        return base + "/new-account";
    }

    String newOrder() {
        return base + "/new-order";
    }

    String revokeCert() {
        return base + "/revoke-cert";
    }

    String keyChange() {
        return base + "/key-change";
    }

    String renewalInfo() {
        return base + "/renewal-info";
    }

    String account(long id) {
        return base + "/account/" + id;
    }

    String order(long id) {
        return base + "/order/" + id;
    }

    String finalize(long orderId) {
        return base + "/order/" + orderId + "/finalize";
    }

    String authorization(long id) {
        return base + "/authz/" + id;
    }

    String challenge(long authorizationId, String type) {
        return base + "/challenge/" + authorizationId + "/" + type;
    }

    String certificate(long certificateId) {
        return base + "/cert/" + certificateId;
    }

    /** The account id an account URL (a JWS kid) names, or -1 when it names none of ours. */
    long accountIdOf(String kid) {
        String prefix = base + "/account/";
        if (kid == null || !kid.startsWith(prefix)) {
            return -1;
        }
        try {
            return Long.parseLong(kid.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
