package org.certdesk.domain.verification;

import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.name.IpAddress;

/** How the customer proves control of a name. */
public enum VerificationMethod {
    /** BR 3.2.2.4.7 DNS Change: a TXT record at _dnsauth.&lt;name&gt;. */
    DNS_TXT("DNS TXT record", "3.2.2.4.7"),
    /** BR 3.2.2.4.18 Agreed-Upon Change to Website v2: /.well-known/pki-validation/fileauth.txt. */
    FILE("File", "3.2.2.4.18"),
    /** BR 3.2.2.4.19 Agreed-Upon Change to Website - ACME: the http-01 challenge. */
    ACME_HTTP_01("ACME http-01", "3.2.2.4.19"),
    /** BR 3.2.2.4.7 DNS Change, performed by the dns-01 challenge at _acme-challenge.&lt;name&gt;. */
    ACME_DNS_01("ACME dns-01", "3.2.2.4.7"),
    /** BR 3.2.2.4.20 TLS Using ALPN: the tls-alpn-01 challenge (RFC 8737). */
    ACME_TLS_ALPN_01("ACME tls-alpn-01", "3.2.2.4.20"),
    /**
     * BR 3.2.2.4.22 DNS TXT Record with Persistent Value: one _validation-persist.&lt;name&gt; record
     * naming this CA and the customer's account, valid for later validations without a new Random Value.
     */
    DNS_PERSIST("Persistent TXT record", "3.2.2.4.22"),
    /** BR 3.2.2.4.22 performed by the dns-persist-01 challenge (draft-ietf-acme-dns-persist): the record names the ACME account. */
    ACME_DNS_PERSIST_01("ACME dns-persist-01", "3.2.2.4.22");

    private final String displayName;
    private final String brSection;

    VerificationMethod(String displayName, String brSection) {
        this.displayName = displayName;
        this.brSection = brSection;
    }

    public String displayName() {
        return displayName;
    }

    public String brSection() {
        return brSection;
    }

    /** BR 3.2.2.4.22: a persistent record, proven without a new Random Value, and reused for at most 10 days. */
    public boolean isPersistent() {
        return this == DNS_PERSIST || this == ACME_DNS_PERSIST_01;
    }

    /** The methods a person chooses in the Apply panel; the ACME ones are performed by ACME clients only. */
    public static java.util.List<VerificationMethod> consoleMethods() {
        return java.util.List.of(DNS_TXT, FILE, DNS_PERSIST);
    }

    /**
     * The method actually used for one identifier: IP addresses need the file method (DNS Change
     * validates FQDNs only). A wildcard with the file method never gets here: ApplicationRules
     * refuses it (BR 3.2.2.4.18 may not validate wildcards).
     */
    public static VerificationMethod forIdentifier(Identifier identifier, VerificationMethod chosen) {
        if (identifier instanceof IpAddress) {
            return FILE;
        }
        return chosen == null ? DNS_TXT : chosen;
    }
}
