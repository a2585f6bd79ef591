package org.certdesk.domain.name;

import java.util.regex.Pattern;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;

/**
 * A contact email address: a dot-atom local part (RFC 5322, no quoted strings, at most 64
 * characters) and a domain that passes the same rules as a certificate name, without wildcard.
 */
public record EmailAddress(String value) {

    /** RFC 5321 4.5.3.1.3: a path of 256 octets, less its angle brackets. */
    public static final int MAX_LENGTH = 254;

    private static final Pattern LOCAL_PART =
            Pattern.compile("[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*");

    public EmailAddress {
        if (value == null || value.isBlank()) {
            throw new DomainException(Refusal.of("email.required"));
        }
    }

    public static EmailAddress parse(String input) {
        if (input == null || input.isBlank()) {
            throw new DomainException(Refusal.of("email.required"));
        }
        String typed = input.strip();
        if (typed.length() > MAX_LENGTH) {
            throw new DomainException(Refusal.of("email.tooLong", MAX_LENGTH));
        }
        int at = typed.lastIndexOf('@');
        if (at <= 0 || at == typed.length() - 1) {
            throw new DomainException(Refusal.of("email.notAddress", typed));
        }
        String local = typed.substring(0, at);
        if (local.length() > 64 || !LOCAL_PART.matcher(local).matches()) {
            throw new DomainException(Refusal.of("email.badLocalPart", typed));
        }
        DomainName domain;
        try {
            domain = DomainName.parse(typed.substring(at + 1));
        } catch (DomainException e) {
            throw new DomainException(Refusal.of("email.badDomain", typed, e.asRefusal()));
        }
        if (domain.isWildcard()) {
            throw new DomainException(Refusal.of("email.wildcard", typed));
        }
        return new EmailAddress(local + "@" + domain.ascii());
    }

    public String domain() {
        return value.substring(value.lastIndexOf('@') + 1);
    }

    @Override
    public String toString() {
        return value;
    }
}
