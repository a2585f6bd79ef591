package org.certdesk.adapters.whois;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where registrant data comes from: the first Whois server asked (IANA by default, which refers
 * to the TLD's server), its port and the time allowed per query.
 */
@ConfigurationProperties(prefix = "certdesk.whois")
public record WhoisProperties(String host, Integer port, Duration timeout) {

    public WhoisProperties {
        host = host == null || host.isBlank() ? "whois.iana.org" : host.strip();
        port = port == null ? 43 : port;
        timeout = timeout == null ? Duration.ofSeconds(5) : timeout;
    }
}
