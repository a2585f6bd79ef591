package org.certdesk.domain.certificate;

import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.shared.DomainException;

/**
 * The applicant organization of an OV/EV application (BR 3.2.2.1, 7.1.4.2). Lengths follow the
 * X.520 upper bounds of RFC 5280 (organizationName 64, locality 128, state 128, street 128,
 * postal code 40).
 */
public record Organization(String legalName, String registrationNumber, String companyType, String country,
                           String stateOrProvince, String city, String streetAddress, String postalCode,
                           PhoneNumber phone) {

    public Organization {
        legalName = Text.required(legalName, "Organization name", 64);
        registrationNumber = Text.required(registrationNumber, "Registration number", 64);
        companyType = Text.required(companyType, "Company type", 64);
        country = Text.countryCode(country, "Country");
        stateOrProvince = Text.required(stateOrProvince, "State or province", 128);
        city = Text.required(city, "City", 128);
        streetAddress = Text.required(streetAddress, "Street address", 128);
        postalCode = Text.required(postalCode, "Postal code", 40);
        if (phone == null) {
            throw new DomainException("The organization phone number is required.");
        }
    }
}
