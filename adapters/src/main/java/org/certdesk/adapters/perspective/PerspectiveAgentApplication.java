package org.certdesk.adapters.perspective;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import org.certdesk.adapters.acme.ApacheHttp01Fetcher;
import org.certdesk.adapters.acme.JdkTlsAlpnProbe;
import org.certdesk.adapters.dns.DnsProperties;
import org.certdesk.adapters.dns.DnsjavaDnsLookup;
import org.certdesk.adapters.http.HttpValidationProperties;
import org.certdesk.adapters.http.JdkHttpWebsiteFileFetcher;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The perspective role: {@code java -jar certdesk.jar --certdesk.role=perspective} runs only a
 * perspective agent (BR 3.2.2.9), with no database, no console and no auto-configuration: this
 * class is the whole application context. Its resolver and TLS settings come from properties
 * ({@link PerspectiveAgentProperties}, {@link DnsProperties}, {@link HttpValidationProperties}).
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = PerspectiveAgentApplication.ROLE, havingValue = PerspectiveAgentApplication.PERSPECTIVE)
@EnableConfigurationProperties({PerspectiveAgentProperties.class, DnsProperties.class, HttpValidationProperties.class})
public class PerspectiveAgentApplication {

    public static final String ROLE = "certdesk.role";
    public static final String PERSPECTIVE = "perspective";

    /** Starts the agent; the context stays up (and the JVM with it) until closed. */
    public static ConfigurableApplicationContext run(String... args) {
        return new SpringApplicationBuilder(PerspectiveAgentApplication.class)
                .web(WebApplicationType.NONE)
                .properties(ROLE + "=" + PERSPECTIVE)
                .run(args);
    }

    @Bean(destroyMethod = "close")
    PerspectiveAgent perspectiveAgent(PerspectiveAgentProperties agent, DnsProperties dns, HttpValidationProperties http,
                                      @Value("${certdesk.acme.http-01-port:80}") int http01Port,
                                      @Value("${certdesk.acme.tls-alpn-01-port:443}") int tlsAlpn01Port,
                                      @Value("${certdesk.acme.validation-timeout:PT10S}") Duration http01Timeout)
            throws IOException {
        if (!dns.resolverConfigured()) {
            throw new IllegalStateException("A perspective agent asks its own resolver: set " + DnsProperties.RESOLVER_HOST
                    + " (and certdesk.dns.resolver-port if not 53)");
        }
        if (agent.certificate() == null || agent.privateKey() == null || agent.clientCa() == null) {
            throw new IllegalStateException("A perspective agent needs certdesk.perspective-agent.certificate, "
                    + "certdesk.perspective-agent.private-key and certdesk.perspective-agent.client-ca (PEM files; "
                    + "docs/architecture.md, Remote perspectives)");
        }
        DnsjavaDnsLookup resolver = new DnsjavaDnsLookup(new InetSocketAddress(dns.resolverHost(), dns.resolverPort()), dns.timeout());
        return PerspectiveAgent.start(agent.name(), new InetSocketAddress(agent.bindAddress(), agent.port()),
                ChannelTls.context(TlsIdentity.fromPem(agent.certificate(), agent.privateKey()),
                        TlsIdentity.readCertificates(agent.clientCa())),
                resolver, new JdkHttpWebsiteFileFetcher(http), new ApacheHttp01Fetcher(resolver, http01Timeout), http01Port,
                new JdkTlsAlpnProbe(resolver, http01Timeout), tlsAlpn01Port);
    }
}
