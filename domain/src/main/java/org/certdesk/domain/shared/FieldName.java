package org.certdesk.domain.shared;

/**
 * A form field a refusal names ("Legal name is required."): translated with the message and
 * used by views to put the message next to that field.
 */
public record FieldName(String key) {

    public static FieldName of(String key) {
        return new FieldName(key);
    }
}
