package org.certdesk.domain.certificate;

import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.TextLimit;

/** Checks for the free-text fields of an application; limits follow RFC 5280's upper bounds. */
final class Text {

    private Text() {
    }

    static String required(String value, FieldName field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new DomainException(Refusal.of("text.required", field));
        }
        return TextLimit.atMost(value.strip(), field, maxLength);
    }

    static String optional(String value, FieldName field, int maxLength) {
        return value == null || value.isBlank() ? null : required(value, field, maxLength);
    }

    /** ISO 3166-1 alpha-2, as countryName requires (BR 7.1.4.2). */
    static String countryCode(String value, FieldName field) {
        String code = required(value, field, 2);
        if (!code.matches("[A-Za-z]{2}")) {
            throw new DomainException(Refusal.of("text.countryCode", field, code));
        }
        return code.toUpperCase(java.util.Locale.ROOT);
    }
}
