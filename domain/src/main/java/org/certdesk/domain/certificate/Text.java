package org.certdesk.domain.certificate;

import org.certdesk.domain.shared.DomainException;

/** Checks for the free-text fields of an application; limits follow RFC 5280's upper bounds. */
final class Text {

    private Text() {
    }

    static String required(String value, String field, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new DomainException(field + " is required.");
        }
        String stripped = value.strip();
        if (stripped.length() > maxLength) {
            throw new DomainException(field + " may have at most " + maxLength + " characters.");
        }
        return stripped;
    }

    static String optional(String value, String field, int maxLength) {
        return value == null || value.isBlank() ? null : required(value, field, maxLength);
    }

    /** ISO 3166-1 alpha-2, as countryName requires (BR 7.1.4.2). */
    static String countryCode(String value, String field) {
        String code = required(value, field, 2);
        if (!code.matches("[A-Za-z]{2}")) {
            throw new DomainException(field + " must be a two-letter ISO 3166 country code, got '" + code + "'.");
        }
        return code.toUpperCase(java.util.Locale.ROOT);
    }
}
