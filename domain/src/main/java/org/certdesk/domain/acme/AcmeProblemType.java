package org.certdesk.domain.acme;

/**
 * The error types of RFC 8555 section 6.7 that CertDesk answers with, and the HTTP status each
 * travels with (RFC 8555 leaves the status to the server; these follow Boulder and Pebble).
 */
public enum AcmeProblemType {
    ACCOUNT_DOES_NOT_EXIST("accountDoesNotExist", 400),
    ALREADY_REVOKED("alreadyRevoked", 400),
    BAD_CSR("badCSR", 400),
    BAD_NONCE("badNonce", 400),
    BAD_PUBLIC_KEY("badPublicKey", 400),
    BAD_REVOCATION_REASON("badRevocationReason", 400),
    BAD_SIGNATURE_ALGORITHM("badSignatureAlgorithm", 400),
    CAA("caa", 403),
    CONNECTION("connection", 400),
    DNS("dns", 400),
    EXTERNAL_ACCOUNT_REQUIRED("externalAccountRequired", 400),
    INCORRECT_RESPONSE("incorrectResponse", 403),
    MALFORMED("malformed", 400),
    ORDER_NOT_READY("orderNotReady", 403),
    RATE_LIMITED("rateLimited", 429),
    REJECTED_IDENTIFIER("rejectedIdentifier", 400),
    SERVER_INTERNAL("serverInternal", 500),
    UNAUTHORIZED("unauthorized", 403),
    UNSUPPORTED_IDENTIFIER("unsupportedIdentifier", 400),
    /** The IETF ACME profiles draft: an order asked for a profile the server does not offer. */
    INVALID_PROFILE("invalidProfile", 400),
    NOT_FOUND("malformed", 404),
    CONFLICT("malformed", 409),
    /** A request body beyond what any well-formed ACME request needs (RFC 9110 15.5.14). */
    TOO_LARGE("malformed", 413);

    private final String code;
    private final int httpStatus;

    AcmeProblemType(String code, int httpStatus) {
        this.code = code;
        this.httpStatus = httpStatus;
    }

    /** The full type URN, e.g. urn:ietf:params:acme:error:badNonce. */
    public String urn() {
        return "urn:ietf:params:acme:error:" + code;
    }

    public int httpStatus() {
        return httpStatus;
    }
}
