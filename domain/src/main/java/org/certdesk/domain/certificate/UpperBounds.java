package org.certdesk.domain.certificate;

/**
 * The longest value each subject field of an application may have: the X.520 upper bounds of
 * RFC 5280 Appendix A (ub-organization-name, ub-locality-name, ub-state-name, ub-postal-code,
 * ub-serial-number, ub-title, ub-common-name), which BR 7.1.4.2 subject fields must respect.
 * The console's fields take the same numbers as their maxlength.
 */
public final class UpperBounds {

    /** organizationName, organizationalUnitName, commonName, title and personal names. */
    public static final int NAME = 64;
    /** localityName, stateOrProvinceName, streetAddress. */
    public static final int LOCALITY = 128;
    public static final int POSTAL_CODE = 40;
    /** serialNumber (the registration number). */
    public static final int SERIAL_NUMBER = 64;
    /** countryName: ISO 3166-1 alpha-2. */
    public static final int COUNTRY = 2;

    private UpperBounds() {
    }
}
