package org.certdesk.ui.acme;

import java.util.UUID;

import org.certdesk.application.acme.ManageEabCredentials;
import org.certdesk.application.port.DemoZoneAdministration;
import org.certdesk.application.port.DemoZoneAdministration.RecordType;
import org.certdesk.application.port.DemoZoneAdministration.ZoneRecord;
import org.certdesk.application.verification.DemoZoneParts;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Tenant;
import org.certdesk.domain.account.Tenants;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.PhoneNumber;
import org.springframework.stereotype.Component;

/** A fresh tenant with EAB credentials, and names in its part of the demo zone that no other test uses. */
@Component
class AcmeFixture {

    private final Tenants tenants;
    private final ManageEabCredentials credentials;
    private final DemoZoneAdministration zone;
    private final DemoZoneParts parts;

    AcmeFixture(Tenants tenants, ManageEabCredentials credentials, DemoZoneAdministration zone, DemoZoneParts parts) {
        this.tenants = tenants;
        this.credentials = credentials;
        this.zone = zone;
        this.parts = parts;
    }

    /** @param demoPart the tenant's own part of the demo zone, where its ACME orders may name demo names */
    record Customer(Actor actor, ManageEabCredentials.NewCredential eab, String demoPart) {

        /** A name in this customer's part of the demo zone that no other test touches. */
        String freshName(String label) {
            return label + "." + unique() + "." + demoPart;
        }
    }

    Customer customerWithCredentials() {
        String unique = unique();
        Tenant tenant = tenants.save(Tenant.unsaved("ACME tenant " + unique));
        // No sign-in account: the console's account lists, which other tests read, stay as they were.
        Actor actor = Actor.customer(null, "acme-" + unique, tenant.id());
        var eab = credentials.create(actor, new Contact("Ops", EmailAddress.parse("ops@acme-" + unique + ".example.test"),
                PhoneNumber.parse("+86 10 1234 5678")));
        return new Customer(actor, eab, parts.partOf(tenant.id()).orElseThrow());
    }

    /** A second set of credentials of the same tenant, for a second account. */
    ManageEabCredentials.NewCredential moreCredentials(Customer customer) {
        return credentials.create(customer.actor(), new Contact("Ops", EmailAddress.parse("ops2@acme.example.test"),
                PhoneNumber.parse("+86 10 1234 5678")));
    }

    void publishTxt(String name, String value) {
        zone.add(new ZoneRecord(name, RecordType.TXT, value));
    }

    void publishA(String name, String address) {
        zone.add(new ZoneRecord(name, RecordType.A, address));
    }

    void publishCaa(String name, String value) {
        zone.add(new ZoneRecord(name, RecordType.CAA, value));
    }

    static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
