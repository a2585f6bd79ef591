package org.certdesk.domain.shared;

/**
 * How a message quotes what someone typed: whole when short, else its first {@link #MAX_LENGTH}
 * characters and "…". A 5 MB paste must not come back in a refusal, a log line or a page.
 */
public final class Quote {

    /** The X.520 bound of a name or organization (RFC 5280 ub-name 64): a valid subject field is quoted whole. */
    public static final int MAX_LENGTH = 64;

    private Quote() {
    }

    public static String of(String typed) {
        if (typed == null || typed.length() <= MAX_LENGTH) {
            return typed;
        }
        // Never cut a surrogate pair in half.
        int end = Character.isHighSurrogate(typed.charAt(MAX_LENGTH - 1)) ? MAX_LENGTH - 1 : MAX_LENGTH;
        return typed.substring(0, end) + "…";
    }
}
