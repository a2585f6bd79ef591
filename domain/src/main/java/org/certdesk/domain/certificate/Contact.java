package org.certdesk.domain.certificate;

import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.shared.FieldName;

/** The person the CA calls and emails about the application. */
public record Contact(String name, EmailAddress email, PhoneNumber phone) {

    public Contact {
        name = Text.required(name, FieldName.of("contactName"), UpperBounds.NAME);
        if (email == null || phone == null) {
            throw new DomainException(Refusal.of("contact.incomplete"));
        }
    }
}
