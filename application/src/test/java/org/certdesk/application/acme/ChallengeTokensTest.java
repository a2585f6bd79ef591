package org.certdesk.application.acme;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.Base64;

import org.certdesk.domain.verification.TokenSource;
import org.junit.jupiter.api.RepeatedTest;

class ChallengeTokensTest {

    private static final SecureRandom RANDOM = new SecureRandom();
    private static final TokenSource SECURE = (alphabet, length) -> {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < length; i++) {
            text.append(alphabet.charAt(RANDOM.nextInt(alphabet.length())));
        }
        return text.toString();
    };

    /** certbot decodes the token and re-encodes it to build the path it serves: only a canonical encoding survives that. */
    @RepeatedTest(50)
    void aTokenIsTheCanonicalBase64UrlOf32Bytes() {
        String token = ChallengeTokens.next(SECURE);

        byte[] decoded = Base64.getUrlDecoder().decode(token);
        assertThat(decoded).hasSize(32);
        assertThat(Base64.getUrlEncoder().withoutPadding().encodeToString(decoded)).isEqualTo(token);
    }
}
