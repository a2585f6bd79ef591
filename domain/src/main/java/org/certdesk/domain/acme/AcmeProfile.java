package org.certdesk.domain.acme;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.shared.TextLimit;

/**
 * A certificate profile an order may ask for (the IETF ACME profiles draft, as Let's Encrypt
 * runs it): a name clients send, a description for the directory's meta, and the validity it
 * issues with — none means the policy's default of the day, one day under the BR 6.3.2 maximum.
 */
public record AcmeProfile(String name, String description, Duration validity, boolean enabled) {

    public static final String DEFAULT = "classic";
    public static final int MAX_NAME_LENGTH = 31;
    public static final int MAX_DESCRIPTION_LENGTH = 300;

    public AcmeProfile {
        if (name == null || !name.matches("[a-z0-9][a-z0-9-]{0,30}")) {
            throw new DomainException(Refusal.of("acme.profileName", name, FieldName.of("profileName")));
        }
        Objects.requireNonNull(description, "description");
        TextLimit.atMost(description, FieldName.of("profileDescription"), MAX_DESCRIPTION_LENGTH);
        if (validity != null && (validity.isNegative() || validity.compareTo(Duration.ofHours(1)) < 0)) {
            throw new DomainException(Refusal.of("acme.profileValidity", FieldName.of("profileValidity")));
        }
    }

    public Optional<Duration> fixedValidity() {
        return Optional.ofNullable(validity);
    }
}
