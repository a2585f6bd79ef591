package org.certdesk.adapters.perspective;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * A perspective agent run as its own process ({@code --certdesk.role=perspective},
 * {@code certdesk.perspective-agent.*}): where it listens, its server certificate chain and key,
 * and the channel CA whose client certificates it accepts. Its resolver is
 * {@code certdesk.dns.resolver-host}/{@code -port}, its file fetch bounds
 * {@code certdesk.http-validation.*}, as for the CA itself, but in its own process.
 */
@ConfigurationProperties("certdesk.perspective-agent")
public record PerspectiveAgentProperties(@DefaultValue("perspective") String name,
                                         @DefaultValue("0.0.0.0") String bindAddress,
                                         @DefaultValue("8443") int port,
                                         Path certificate,
                                         Path privateKey,
                                         Path clientCa) {
}
