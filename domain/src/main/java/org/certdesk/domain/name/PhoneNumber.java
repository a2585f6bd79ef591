package org.certdesk.domain.name;

import java.util.regex.Pattern;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;

/**
 * A phone number the CA can call, in an E.164-like form. The rule: an optional leading '+',
 * then 7 to 15 digits (E.164 allows at most 15; 7 is the shortest national number worth
 * calling); spaces and hyphens may separate groups and are removed. Nothing else is accepted
 * (no letters, brackets or extensions). Stored as '+' (if typed) followed by the digits.
 */
public record PhoneNumber(String value) {

    /** 15 digits, a '+' and a separator between each pair leave room to spare. */
    public static final int MAX_TYPED_LENGTH = 32;

    private static final Pattern NORMALIZED = Pattern.compile("\\+?[0-9]{7,15}");

    public PhoneNumber {
        if (value == null || !NORMALIZED.matcher(value).matches()) {
            throw new DomainException(Refusal.of("phone.invalid", value));
        }
    }

    public static PhoneNumber parse(String input) {
        if (input == null || input.isBlank()) {
            throw new DomainException(Refusal.of("phone.required"));
        }
        String typed = input.strip();
        if (typed.length() > MAX_TYPED_LENGTH) {
            throw new DomainException(Refusal.of("phone.tooLong", MAX_TYPED_LENGTH));
        }
        String compact = typed.replaceAll("[ -]", "");
        if (!NORMALIZED.matcher(compact).matches()) {
            throw new DomainException(Refusal.of("phone.invalidTyped", typed));
        }
        return new PhoneNumber(compact);
    }

    public boolean isInternational() {
        return value.startsWith("+");
    }

    @Override
    public String toString() {
        return value;
    }
}
