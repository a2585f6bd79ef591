package org.certdesk.domain.profile;

import java.util.Objects;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.Contact;

/** A contact a tenant keeps for its applications (seed: Information Management), so it is typed once. */
public record SavedContact(Long id, TenantId tenant, Contact contact) {

    public SavedContact {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(contact, "contact");
    }

    public String label() {
        return contact.name() + " <" + contact.email().value() + ">";
    }
}
