package org.certdesk.adapters.dns;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The resolver the CA asks ({@code certdesk.dns.*}). No resolver host means the embedded
 * default: the in-process demo DNS answers instead, and only for the demo zone.
 */
@ConfigurationProperties("certdesk.dns")
public record DnsProperties(String resolverHost, @DefaultValue("53") int resolverPort,
                            @DefaultValue("5s") Duration timeout) {

    public static final String RESOLVER_HOST = "certdesk.dns.resolver-host";

    public boolean resolverConfigured() {
        return resolverHost != null && !resolverHost.isBlank();
    }
}
