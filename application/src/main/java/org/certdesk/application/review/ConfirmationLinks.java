package org.certdesk.application.review;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;

/**
 * The one-time link of a verification email: 43 characters from 62 (about 256 bits of
 * SecureRandom), valid for 7 days, kept only as its SHA-256 so the stored value confirms nothing.
 */
final class ConfirmationLinks {

    static final String ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    static final int LENGTH = 43;
    static final Duration LIFETIME = Duration.ofDays(7);
    static final String PATH = "/confirm/";

    private ConfirmationLinks() {
    }

    static String hash(String token) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException everyJdkHasIt) {
            throw new IllegalStateException(everyJdkHasIt);
        }
    }

    /** Anything that cannot be one of our tokens is unknown without a database lookup. */
    static boolean looksLikeToken(String token) {
        return token != null && token.length() == LENGTH && token.chars().allMatch(c -> ALPHABET.indexOf(c) >= 0);
    }
}
