package org.certdesk.adapters.dns;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The resolver the CA asks ({@code certdesk.dns.*}). No resolver host means the embedded
 * default: the in-process demo DNS answers instead, and only for the demo zone.
 *
 * <p>DNSSEC (BR 3.2.2.4, 3.2.2.8.1): answers of a configured resolver are validated to
 * {@code trust-anchors} (DS or DNSKEY records in presentation format), the IANA root anchors
 * when none are given. {@code dnssec-validation=false} turns validation off, for a lab resolver
 * that serves private zones under no anchor; a publicly trusted CA must not do that.
 */
@ConfigurationProperties("certdesk.dns")
public record DnsProperties(String resolverHost, @DefaultValue("53") int resolverPort,
                            @DefaultValue("5s") Duration timeout,
                            @DefaultValue("true") boolean dnssecValidation,
                            List<String> trustAnchors) {

    public static final String RESOLVER_HOST = "certdesk.dns.resolver-host";

    public DnsProperties {
        trustAnchors = trustAnchors == null ? List.of() : List.copyOf(trustAnchors);
    }

    /** The configured anchors, or the IANA root's. */
    public TrustAnchors anchors() {
        return trustAnchors.isEmpty() ? TrustAnchors.ianaRoot() : new TrustAnchors(trustAnchors);
    }

    public boolean resolverConfigured() {
        return resolverHost != null && !resolverHost.isBlank();
    }
}
