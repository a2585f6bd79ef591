package org.certdesk.adapters.perspective;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.certdesk.domain.verification.RirRegion;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The remote perspectives the CA asks ({@code certdesk.perspectives.*}, BR 3.2.2.9). No agents
 * configured means the embedded default: five agents run in this process on loopback ports with
 * simulated regions and a channel CA made in memory. With agents configured, the three PEM files
 * are required: the CA's client certificate chain and key, and the channel CA that issued the
 * agents' server certificates, and every agent's position and the primary's (the CA's own
 * site), so that the perspectives can be shown distinct (BR 3.2.2.9, 500 km apart).
 */
@ConfigurationProperties("certdesk.perspectives")
public record PerspectivesProperties(@DefaultValue List<Agent> agents,
                                     @DefaultValue("5s") Duration timeout,
                                     Path clientCertificate,
                                     Path clientPrivateKey,
                                     Path trustedCa,
                                     Double primaryLatitude,
                                     Double primaryLongitude) {

    public boolean agentsConfigured() {
        return !agents.isEmpty();
    }

    public record Agent(String name, RirRegion region, String location, String url, Double latitude, Double longitude) {
    }
}
