package org.certdesk.application.acme;

import java.time.Instant;
import java.util.Comparator;
import java.util.Optional;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.verification.ValidationEvidence;

/**
 * Evidence the console gathered for a tenant's name (a DNS record or file the customer
 * published for a certificate), offered to ACME orders of the same tenant while BR 4.2.1 lets it
 * be reused. Looked up through the certificates that name the identifier, newest first.
 */
public class ConsoleEvidence {

    /** How many of a tenant's certificates with the name are searched; evidence lives in the recent ones. */
    private static final int CERTIFICATES_SEARCHED = 20;

    private final Certificates certificates;

    public ConsoleEvidence(Certificates certificates) {
        this.certificates = certificates;
    }

    Optional<ValidationEvidence> reusable(TenantId tenant, Identifier identifier, Instant at) {
        return certificates.findWithName(tenant, identifier.value(), CERTIFICATES_SEARCHED).stream()
                .flatMap(c -> c.reusableEvidence(at).stream())
                .filter(e -> e.identifier().equals(identifier))
                .max(Comparator.comparing(ValidationEvidence::reusableUntil));
    }
}
