package org.certdesk.domain.certificate;

import java.time.LocalDate;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.shared.FieldName;

/**
 * What EV adds (EV Guidelines 7.1.4.2): jurisdiction of incorporation, business category,
 * incorporation date, and the applicant's superior whom the CA calls to confirm the request.
 */
public record EvDetails(String jurisdictionCountry, String jurisdictionStateOrProvince, String jurisdictionLocality,
                        BusinessCategory businessCategory, LocalDate incorporationDate, Superior superior) {

    public EvDetails {
        jurisdictionCountry = Text.countryCode(jurisdictionCountry, FieldName.of("jurisdictionCountry"));
        jurisdictionStateOrProvince = Text.optional(jurisdictionStateOrProvince, FieldName.of("jurisdictionStateOrProvince"), UpperBounds.LOCALITY);
        jurisdictionLocality = Text.optional(jurisdictionLocality, FieldName.of("jurisdictionLocality"), UpperBounds.LOCALITY);
        if (businessCategory == null) {
            throw new DomainException(Refusal.of("ev.businessCategoryRequired"));
        }
        if (incorporationDate == null) {
            throw new DomainException(Refusal.of("ev.incorporationDateRequired"));
        }
        if (superior == null) {
            throw new DomainException(Refusal.of("ev.superiorRequired"));
        }
    }

    public record Superior(String name, String title, PhoneNumber phone, EmailAddress email) {
        public Superior {
            name = Text.required(name, FieldName.of("superiorName"), UpperBounds.NAME);
            title = Text.required(title, FieldName.of("superiorTitle"), UpperBounds.NAME);
            if (phone == null || email == null) {
                throw new DomainException(Refusal.of("ev.superiorContactRequired"));
            }
        }
    }
}
