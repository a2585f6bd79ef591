package org.certdesk.adapters.random;

import java.security.SecureRandom;

import org.certdesk.domain.verification.TokenSource;
import org.springframework.stereotype.Component;

/** Verification tokens from the operating system's CSPRNG (BR 3.2.2.4: at least 112 bits of entropy). */
@Component
class SecureRandomTokenSource implements TokenSource {

    private final SecureRandom random = new SecureRandom();

    @Override
    public String randomString(String alphabet, int length) {
        StringBuilder out = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            out.append(alphabet.charAt(random.nextInt(alphabet.length())));
        }
        return out.toString();
    }
}
