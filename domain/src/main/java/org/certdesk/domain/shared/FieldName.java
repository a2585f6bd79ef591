package org.certdesk.domain.shared;

/**
 * A form field a refusal names ("Legal name is required."): translated with the message and
 * used by views to put the message next to that field.
 */
public record FieldName(String key) {

    /** The names an application covers (domain names and IP addresses), as the customer typed them. */
    public static final FieldName NAMES = of("names");
    /** The certificate signing request the customer pasted or uploaded. */
    public static final FieldName CSR = of("csr");
    /** How the customer proves control of the names (DNS TXT record or file). */
    public static final FieldName VERIFICATION_METHOD = of("verificationMethod");

    public static FieldName of(String key) {
        return new FieldName(key);
    }
}
