package org.certdesk.domain.acme;

import java.util.Arrays;
import java.util.Optional;

import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.verification.VerificationMethod;

/** The ACME challenge types CertDesk offers, each mapped to the BR method it performs. */
public enum ChallengeType {
    HTTP_01("http-01", VerificationMethod.ACME_HTTP_01),
    DNS_01("dns-01", VerificationMethod.ACME_DNS_01),
    TLS_ALPN_01("tls-alpn-01", VerificationMethod.ACME_TLS_ALPN_01);

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
     * RFC 8555 8.3/8.4, RFC 8737: a wildcard is validated by dns-01 only (BR 3.2.2.4.19 and
     * 3.2.2.4.20 may not validate wildcards); every type applies to other names.
     */
    public boolean appliesTo(Identifier identifier) {
        return this == DNS_01 || !identifier.isWildcard();
    }
}
