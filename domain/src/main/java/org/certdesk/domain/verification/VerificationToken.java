package org.certdesk.domain.verification;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.regex.Pattern;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Quote;

/**
 * A Random Value in Alibaba's form: a 14-digit UTC timestamp (yyyyMMddHHmmss) followed by 50
 * lowercase letters and digits. 50 characters from 36 give about 258 bits, well above the 112
 * bits BR 1.6.1 ("Random Value") requires; it is usable for at most the policy's lifetime
 * (BR 3.2.2.4: 30 days).
 */
public record VerificationToken(String value, Instant createdAt, Instant expiresAt) {

    public static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz0123456789";
    public static final int RANDOM_LENGTH = 50;
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss").withZone(ZoneOffset.UTC);
    private static final Pattern FORM = Pattern.compile("[0-9]{14}[a-z0-9]{50}");

    public VerificationToken {
        if (value == null || !FORM.matcher(value).matches()) {
            throw new DomainException("'" + Quote.of(value) + "' is not a verification token (14 digits and 50 lowercase letters or digits).");
        }
        if (!expiresAt.isAfter(createdAt)) {
            throw new IllegalArgumentException("A token expires after it is created");
        }
    }

    /** A token with the Baseline Requirements' lifetime (see {@link IssuancePolicy#tokenLifetime()}). */
    public static VerificationToken generate(TokenSource source, Instant now) {
        return generate(source, now, IssuancePolicy.baselineRequirements().tokenLifetime());
    }

    public static VerificationToken generate(TokenSource source, Instant now, Duration lifetime) {
        String random = source.randomString(ALPHABET, RANDOM_LENGTH);
        return new VerificationToken(STAMP.format(now) + random, now, now.plus(lifetime));
    }

    public boolean isExpiredAt(Instant instant) {
        return !instant.isBefore(expiresAt);
    }

    @Override
    public String toString() {
        return value;
    }
}
