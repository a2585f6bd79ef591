package org.certdesk.application.account;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/** One thing a throttle counts: a scope and its subject ("alice@203.0.113.5", "203.0.113.5", "alice"). */
public record ThrottleKey(ThrottleScope scope, String subject) {

    private static final String SEPARATOR = "|";

    public ThrottleKey {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(subject, "subject");
    }

    /** The keys a sign-in attempt is counted under; the username as sign-in looks it up. */
    public static List<ThrottleKey> forSignIn(String username, String address) {
        String account = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
        return List.of(new ThrottleKey(ThrottleScope.ACCOUNT_AT_ADDRESS, account + "@" + address),
                new ThrottleKey(ThrottleScope.ACCOUNT, account),
                new ThrottleKey(ThrottleScope.ADDRESS, address));
    }

    public static List<ThrottleKey> forConfirmation(String address) {
        return List.of(new ThrottleKey(ThrottleScope.CONFIRMATION_ADDRESS, address));
    }

    String asText() {
        return scope.name() + SEPARATOR + subject;
    }

    static Optional<ThrottleKey> parse(String text) {
        int at = text.indexOf(SEPARATOR);
        if (at < 0) {
            return Optional.empty();
        }
        try {
            return Optional.of(new ThrottleKey(ThrottleScope.valueOf(text.substring(0, at)), text.substring(at + 1)));
        } catch (IllegalArgumentException notOurs) {
            return Optional.empty();
        }
    }
}
