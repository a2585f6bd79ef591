package org.certdesk.domain.certificate;

import java.time.LocalDate;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.shared.DomainException;

/**
 * What EV adds (EV Guidelines 7.1.4.2): jurisdiction of incorporation, business category,
 * incorporation date, and the applicant's superior whom the CA calls to confirm the request.
 */
public record EvDetails(String jurisdictionCountry, String jurisdictionStateOrProvince, String jurisdictionLocality,
                        BusinessCategory businessCategory, LocalDate incorporationDate, Superior superior) {

    public EvDetails {
        jurisdictionCountry = Text.countryCode(jurisdictionCountry, "Jurisdiction country");
        jurisdictionStateOrProvince = Text.optional(jurisdictionStateOrProvince, "Jurisdiction state or province", 128);
        jurisdictionLocality = Text.optional(jurisdictionLocality, "Jurisdiction locality", 128);
        if (businessCategory == null) {
            throw new DomainException("Business category is required.");
        }
        if (incorporationDate == null) {
            throw new DomainException("Incorporation date is required.");
        }
        if (superior == null) {
            throw new DomainException("The applicant's superior is required for EV.");
        }
    }

    public record Superior(String name, String title, PhoneNumber phone, EmailAddress email) {
        public Superior {
            name = Text.required(name, "Superior's name", 64);
            title = Text.required(title, "Superior's title", 64);
            if (phone == null || email == null) {
                throw new DomainException("The superior's phone number and email address are required.");
            }
        }
    }
}
