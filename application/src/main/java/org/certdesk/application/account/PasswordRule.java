package org.certdesk.application.account;

import java.nio.charset.StandardCharsets;

/**
 * What a password an admin sets must satisfy. Length is what counts (NIST SP 800-63B 5.1.1.2:
 * no composition rules); the upper bound is BCrypt's, which ignores everything past 72 bytes.
 */
public final class PasswordRule {

    static final int MIN_LENGTH = 12;
    public static final int MAX_BYTES = 72;

    private PasswordRule() {
    }

    static String check(String password) {
        if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new InvalidAccountInput(AccountProblem.PASSWORD_TOO_SHORT);
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > MAX_BYTES) {
            throw new InvalidAccountInput(AccountProblem.PASSWORD_TOO_LONG);
        }
        return password;
    }
}
