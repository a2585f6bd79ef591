package org.certdesk.domain.download;

import java.security.SecureRandom;

import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.Refusal;

/**
 * The password a customer chose (or had generated) to encrypt a downloaded private key. Printable
 * ASCII only: openssl, keytool and the servers' config files then all read the same bytes.
 * Never printed: {@link #toString()} hides it, so it cannot end up in a log or an audit entry.
 */
public final class KeyPassword {

    public static final FieldName FIELD = FieldName.of("keyPassword");
    public static final int MIN_LENGTH = 12;
    public static final int MAX_LENGTH = 128;
    /** Letters and digits without the look-alikes (0/O, 1/l/I), so a password read off the screen is typed right. */
    private static final String GENERATED_ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";
    /** 24 characters of a 57-letter alphabet: about 140 bits. */
    private static final int GENERATED_LENGTH = 24;

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String value;

    public KeyPassword(String value) {
        String typed = value == null ? "" : value;
        if (typed.length() < MIN_LENGTH) {
            throw new DomainException(Refusal.of("download.passwordTooShort", FIELD, MIN_LENGTH, typed.length()));
        }
        if (typed.length() > MAX_LENGTH) {
            throw new DomainException(Refusal.of("download.passwordTooLong", FIELD, MAX_LENGTH));
        }
        if (!typed.chars().allMatch(c -> c >= 0x20 && c <= 0x7e)) {
            throw new DomainException(Refusal.of("download.passwordCharacters", FIELD));
        }
        this.value = typed;
    }

    public static KeyPassword generate() {
        StringBuilder password = new StringBuilder(GENERATED_LENGTH);
        for (int i = 0; i < GENERATED_LENGTH; i++) {
            password.append(GENERATED_ALPHABET.charAt(RANDOM.nextInt(GENERATED_ALPHABET.length())));
        }
        return new KeyPassword(password.toString());
    }

    /** A fresh copy for the encrypting code, which may wipe it. */
    public char[] chars() {
        return value.toCharArray();
    }

    /** The password itself, for showing a generated one to the customer once. */
    public String reveal() {
        return value;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof KeyPassword password && password.value.equals(value);
    }

    @Override
    public int hashCode() {
        return value.hashCode();
    }

    @Override
    public String toString() {
        return "KeyPassword[hidden]";
    }
}
