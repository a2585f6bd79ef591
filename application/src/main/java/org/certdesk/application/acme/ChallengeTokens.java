package org.certdesk.application.acme;

import org.certdesk.domain.verification.TokenSource;

/** Challenge tokens (RFC 8555 8.1): 256 random bits, well above the 128 the RFC asks for. */
final class ChallengeTokens {

    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    /**
     * The characters whose two low bits are zero. The last of 43 base64url characters carries
     * only 2 of the 256 bits, and clients decode and re-encode the token (certbot builds the path
     * it serves that way), so the token must be the canonical encoding of its 32 bytes.
     */
    private static final String BASE64URL_LAST = "AEIMQUYcgkosw048";

    private ChallengeTokens() {
    }

    static String next(TokenSource random) {
        return random.randomString(BASE64URL, 42) + random.randomString(BASE64URL_LAST, 1);
    }
}
