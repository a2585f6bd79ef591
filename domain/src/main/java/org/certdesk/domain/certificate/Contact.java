package org.certdesk.domain.certificate;

import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.shared.DomainException;

/** The person the CA calls and emails about the application. */
public record Contact(String name, EmailAddress email, PhoneNumber phone) {

    public Contact {
        name = Text.required(name, "Contact name", 64);
        if (email == null || phone == null) {
            throw new DomainException("The contact needs an email address and a mobile phone number.");
        }
    }
}
