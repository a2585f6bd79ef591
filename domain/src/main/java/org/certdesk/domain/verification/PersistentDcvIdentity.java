package org.certdesk.domain.verification;

import java.util.Locale;
import java.util.Objects;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.Identifier;

/**
 * What a customer's Persistent DCV TXT Record must name (BR 3.2.2.4.22): this CA's Issuer Domain
 * Name (the CAA identity, BR 4.2) and the customer's account. A console customer's account URI is
 * {@code <public-url>/accounts/<tenant id>}: stable, and unique per tenant as RFC 8657 section 3 asks,
 * like an ACME account URL is per ACME account.
 */
public record PersistentDcvIdentity(String issuerDomain, String consoleUrl) {

    public static final String LABEL = "_validation-persist";

    public PersistentDcvIdentity {
        issuerDomain = Objects.requireNonNull(issuerDomain).strip().toLowerCase(Locale.ROOT);
        consoleUrl = Objects.requireNonNull(consoleUrl).strip().replaceFirst("/+$", "");
    }

    /** The embedded default's identity: issuer {@code certdesk.test}, console on localhost:8080. */
    public static PersistentDcvIdentity embeddedDefault() {
        return new PersistentDcvIdentity("certdesk.test", "http://localhost:8080");
    }

    public String accountUri(TenantId tenant) {
        return consoleUrl + "/accounts/" + tenant.value();
    }

    /** The host to publish at: the label before the Authorization Domain Name (a wildcard's base name). */
    public static String host(Identifier identifier) {
        return LABEL + "." + (identifier instanceof DomainName d ? d.baseDomain().ascii() : identifier.value());
    }

    /** The exact TXT value to publish; {@code policy=wildcard} only when a wildcard name needs it. */
    public String recordValue(TenantId tenant, boolean wildcard) {
        return issuerDomain + "; accounturi=" + accountUri(tenant) + (wildcard ? "; policy=wildcard" : "");
    }
}
