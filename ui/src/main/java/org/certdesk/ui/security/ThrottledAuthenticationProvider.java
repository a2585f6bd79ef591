package org.certdesk.ui.security;

import java.time.Instant;
import java.util.List;

import org.certdesk.application.account.AttemptThrottle;
import org.certdesk.application.account.ThrottleKey;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Sign-in through the AttemptThrottle: a throttled account or address is refused before its
 * password is even compared (so guesses during a lock learn nothing), and only wrong passwords
 * count. Unknown usernames count like known ones: the throttle reveals no account.
 */
class ThrottledAuthenticationProvider implements AuthenticationProvider {

    private final AuthenticationProvider passwords;
    private final AttemptThrottle throttle;

    ThrottledAuthenticationProvider(AuthenticationProvider passwords, AttemptThrottle throttle) {
        this.passwords = passwords;
        this.throttle = throttle;
    }

    @Override
    public Authentication authenticate(Authentication attempt) {
        List<ThrottleKey> keys = ThrottleKey.forSignIn(attempt.getName(), clientAddress(attempt));
        throttle.refusedUntil(keys).ifPresent(until -> {
            throw new SignInThrottledException(until);
        });
        try {
            Authentication signedIn = passwords.authenticate(attempt);
            throttle.succeeded(keys);
            return signedIn;
        } catch (BadCredentialsException wrong) {
            throttle.failed(keys);
            throw wrong;
        }
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return passwords.supports(authentication);
    }

    private static String clientAddress(Authentication attempt) {
        return attempt.getDetails() instanceof WebAuthenticationDetails details && details.getRemoteAddress() != null
                ? details.getRemoteAddress() : "unknown";
    }

    /** A LockedException, which the sign-in view tells apart from a wrong password. */
    static final class SignInThrottledException extends LockedException {

        SignInThrottledException(Instant until) {
            super("Too many failed sign-ins; try again after " + until);
        }
    }
}
