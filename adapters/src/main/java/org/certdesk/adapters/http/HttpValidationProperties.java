package org.certdesk.adapters.http;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Bounds of the file method's HTTP fetch ({@code certdesk.http-validation.*}). Ports 80 and 443
 * are always allowed; {@code allowed-ports} adds others for tests only.
 */
@ConfigurationProperties("certdesk.http-validation")
public record HttpValidationProperties(@DefaultValue List<Integer> allowedPorts,
                                       @DefaultValue("5s") Duration connectTimeout,
                                       @DefaultValue("10s") Duration requestTimeout,
                                       @DefaultValue("64KB") DataSize maxBodySize) {

    public static HttpValidationProperties defaults() {
        return new HttpValidationProperties(List.of(), Duration.ofSeconds(5), Duration.ofSeconds(10), DataSize.ofKilobytes(64));
    }

    /**
     * BR 3.2.2.4.18 item 4 (file accessed over an Authorized Port): of the Authorized Ports
     * (BR 1.6.1) only 80 and 443 speak HTTP.
     */
    public Set<Integer> portsAllowed() {
        return Stream.concat(Stream.of(80, 443), allowedPorts.stream()).collect(Collectors.toUnmodifiableSet());
    }
}
