package org.certdesk.domain.acme;

import java.util.Arrays;
import java.util.Optional;

import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.name.IpAddress;
import org.certdesk.domain.verification.VerificationMethod;

/** The ACME challenge types CertDesk offers, each mapped to the BR method it performs. */
public enum ChallengeType {
    HTTP_01("http-01", VerificationMethod.ACME_HTTP_01),
    DNS_01("dns-01", VerificationMethod.ACME_DNS_01),
    TLS_ALPN_01("tls-alpn-01", VerificationMethod.ACME_TLS_ALPN_01),
    /** draft-ietf-acme-dns-persist: a persistent _validation-persist TXT record naming the CA and the ACME account. */
    DNS_PERSIST_01("dns-persist-01", VerificationMethod.ACME_DNS_PERSIST_01);

    private final String protocolName;
    private final VerificationMethod method;

    ChallengeType(String protocolName, VerificationMethod method) {
        this.protocolName = protocolName;
        this.method = method;
    }

    public String protocolName() {
        return protocolName;
    }

    public VerificationMethod method() {
        return method;
    }

    public static Optional<ChallengeType> fromProtocolName(String name) {
        return Arrays.stream(values()).filter(t -> t.protocolName.equals(name)).findFirst();
    }

    /**
     * RFC 8555 8.3/8.4, RFC 8737: a wildcard is validated by dns-01 or dns-persist-01 only (BR
     * 3.2.2.4.19 and 3.2.2.4.20 may not validate wildcards; 3.2.2.4.7 and 3.2.2.4.22 may, the
     * persistent record only with policy=wildcard); an IP address by http-01 only (RFC 8738 7: no
     * DNS record to change, BR 3.2.2.4.22 validates domain names only, and its tls-alpn-01 needs
     * a reverse name CertDesk does not offer).
     */
    public boolean appliesTo(Identifier identifier) {
        if (identifier instanceof IpAddress) {
            return this == HTTP_01;
        }
        return this == DNS_01 || this == DNS_PERSIST_01 || !identifier.isWildcard();
    }

    /** dns-persist-01 proves control without the authorization's random token (the record persists). */
    public boolean usesToken() {
        return this != DNS_PERSIST_01;
    }
}
