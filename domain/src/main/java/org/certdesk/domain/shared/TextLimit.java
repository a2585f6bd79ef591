package org.certdesk.domain.shared;

/** The length check every free-text field of a command shares: a translated refusal at the field, quoting nothing. */
public final class TextLimit {

    private TextLimit() {
    }

    /** The value, unless it is longer than the field allows; null stays null. */
    public static String atMost(String value, FieldName field, int maxLength) {
        if (value != null && value.length() > maxLength) {
            throw new DomainException(Refusal.of("text.tooLong", field, String.valueOf(maxLength)));
        }
        return value;
    }
}
