package org.certdesk.domain.acme;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Quote;

/**
 * A certificate profile an order may ask for (the IETF ACME profiles draft, as Let's Encrypt
 * runs it): a name clients send, a description for the directory's meta, and the validity it
 * issues with — none means the policy's maximum of the day (BR 6.3.2).
 */
public record AcmeProfile(String name, String description, Duration validity, boolean enabled) {

    public static final String DEFAULT = "classic";
    public static final int MAX_NAME_LENGTH = 31;
    public static final int MAX_DESCRIPTION_LENGTH = 300;

    public AcmeProfile {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]{0,30}")) {
            throw new DomainException("A profile name has 1-31 lower-case letters, digits or '-', got '" + Quote.of(name) + "'.");
        }
        Objects.requireNonNull(description, "description");
        if (description.length() > MAX_DESCRIPTION_LENGTH) {
            throw new DomainException("A profile's description has at most " + MAX_DESCRIPTION_LENGTH + " characters.");
        }
        if (validity != null && (validity.isNegative() || validity.compareTo(Duration.ofHours(1)) < 0)) {
            throw new DomainException("A profile's validity is at least one hour.");
        }
    }

    public Optional<Duration> fixedValidity() {
        return Optional.ofNullable(validity);
    }
}
