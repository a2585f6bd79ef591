package org.certdesk.domain.certificate;

import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.shared.FieldName;

/**
 * The applicant organization of an OV/EV application (BR 3.2.2.1, 7.1.4.2). Lengths follow the
 * X.520 upper bounds of RFC 5280 (organizationName 64, locality 128, state 128, street 128,
 * postal code 40).
 */
public record Organization(String legalName, String registrationNumber, String companyType, String country,
                           String stateOrProvince, String city, String streetAddress, String postalCode,
                           PhoneNumber phone) {

    public Organization {
        legalName = Text.required(legalName, FieldName.of("legalName"), UpperBounds.NAME);
        registrationNumber = Text.required(registrationNumber, FieldName.of("registrationNumber"), UpperBounds.SERIAL_NUMBER);
        companyType = Text.required(companyType, FieldName.of("companyType"), UpperBounds.NAME);
        country = Text.countryCode(country, FieldName.of("country"));
        stateOrProvince = Text.required(stateOrProvince, FieldName.of("stateOrProvince"), UpperBounds.LOCALITY);
        city = Text.required(city, FieldName.of("city"), UpperBounds.LOCALITY);
        streetAddress = Text.required(streetAddress, FieldName.of("streetAddress"), UpperBounds.LOCALITY);
        postalCode = Text.required(postalCode, FieldName.of("postalCode"), UpperBounds.POSTAL_CODE);
        if (phone == null) {
            throw new DomainException(Refusal.of("organization.phoneRequired", FieldName.of("organizationPhone")));
        }
    }
}
