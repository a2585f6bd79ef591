package org.certdesk.adapters.perspective;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLContext;
import org.certdesk.adapters.acme.ApacheHttp01Fetcher;
import org.certdesk.adapters.acme.JdkTlsAlpnProbe;
import org.certdesk.adapters.demo.DemoDnsServer;
import org.certdesk.adapters.demo.DemoWebRoot;
import org.certdesk.adapters.demo.DemoZone;
import org.certdesk.adapters.demo.DemoZoneRoutes;
import org.certdesk.adapters.dns.DnsProperties;
import org.certdesk.adapters.dns.DnsjavaDnsLookup;
import org.certdesk.adapters.http.HttpValidationProperties;
import org.certdesk.adapters.http.JdkHttpWebsiteFileFetcher;
import org.certdesk.domain.verification.GeoPoint;
import org.certdesk.domain.verification.PerspectiveDistinctness;
import org.certdesk.domain.verification.PerspectiveSite;
import org.certdesk.domain.verification.RirRegion;
import org.certdesk.domain.verification.WebsiteFileFetcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The CA's remote perspectives (BR 3.2.2.9), in the console role. With
 * {@code certdesk.perspectives.agents} configured, each is an agent process reached over mutual
 * TLS with the configured PEM files. Without (the embedded default), five agents start here on
 * loopback ports, in simulated locations across all five RIR regions, each with its own resolver
 * client and file fetcher pointed where the primary's point (the demo zone, or the configured
 * resolver), and a channel CA made in memory.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = PerspectiveAgentApplication.ROLE, havingValue = "console", matchIfMissing = true)
@EnableConfigurationProperties({PerspectivesProperties.class, DnsProperties.class, HttpValidationProperties.class})
public class RemotePerspectivesConfiguration {

    /** The embedded default's simulated sites: every RIR region once, all far apart. */
    static final List<PerspectiveSite> SIMULATED_SITES = List.of(
            new PerspectiveSite("Virginia", RirRegion.ARIN, "Ashburn, United States (simulated)", new GeoPoint(39.0438, -77.4874)),
            new PerspectiveSite("Frankfurt", RirRegion.RIPE_NCC, "Frankfurt am Main, Germany (simulated)",
                    new GeoPoint(50.1109, 8.6821)),
            new PerspectiveSite("Singapore", RirRegion.APNIC, "Singapore (simulated)", new GeoPoint(1.3521, 103.8198)),
            new PerspectiveSite("São Paulo", RirRegion.LACNIC, "São Paulo, Brazil (simulated)", new GeoPoint(-23.5505, -46.6333)),
            new PerspectiveSite("Johannesburg", RirRegion.AFRINIC, "Johannesburg, South Africa (simulated)",
                    new GeoPoint(-26.2041, 28.0473)));
    /** Where the embedded default's primary perspective is said to stand, unless configured: 1,088 km from Frankfurt. */
    static final GeoPoint SIMULATED_PRIMARY = new GeoPoint(53.3498, -6.2603);

    @Bean(destroyMethod = "close")
    AgentRemotePerspectives remotePerspectives(PerspectivesProperties properties, DnsProperties dns,
                                               HttpValidationProperties http, ObjectProvider<DemoDnsServer> demoDns,
                                               ObjectProvider<DemoZone> demoZone, ObjectProvider<DemoWebRoot> demoWebRoot,
                                               @Value("${certdesk.acme.http-01-port:80}") int http01Port,
                                               @Value("${certdesk.acme.tls-alpn-01-port:443}") int tlsAlpn01Port,
                                               @Value("${certdesk.acme.validation-timeout:PT10S}") Duration http01Timeout) {
        if (properties.agentsConfigured()) {
            return configured(properties);
        }
        DemoDnsServer demoServer = demoDns.getIfAvailable();
        if (demoServer == null && !dns.resolverConfigured()) {
            throw new IllegalStateException("The embedded perspective agents ask the primary's resolver, and there is none: set "
                    + DnsProperties.RESOLVER_HOST + " or certdesk.perspectives.agents");
        }
        InetSocketAddress resolver = demoServer != null ? demoServer.address()
                : new InetSocketAddress(dns.resolverHost(), dns.resolverPort());
        return embedded(properties, dns, () -> {
            DemoZone zone = demoZone.getIfAvailable();
            DemoWebRoot webRoot = demoWebRoot.getIfAvailable();
            return zone != null && webRoot != null
                    ? new JdkHttpWebsiteFileFetcher(http, new DemoZoneRoutes(zone, webRoot.address()))
                    : new JdkHttpWebsiteFileFetcher(http);
        }, resolver, new AcmeChallengeSettings(http01Port, tlsAlpn01Port, http01Timeout));
    }

    /**
     * The http-01 fetch and tls-alpn-01 probe of the embedded agents: the CA's configured ports
     * (80 and 443 but in tests) and timeout.
     */
    record AcmeChallengeSettings(int http01Port, int tlsAlpn01Port, Duration timeout) {
        static final AcmeChallengeSettings DEFAULT = new AcmeChallengeSettings(80, 443, Duration.ofSeconds(10));
    }

    static AgentRemotePerspectives configured(PerspectivesProperties properties) {
        if (properties.clientCertificate() == null || properties.clientPrivateKey() == null || properties.trustedCa() == null) {
            throw new IllegalStateException("certdesk.perspectives.agents is set, so certdesk.perspectives.client-certificate, "
                    + "certdesk.perspectives.client-private-key and certdesk.perspectives.trusted-ca must name the PEM files "
                    + "of the CA's client certificate, its key and the channel CA (docs/architecture.md, Remote perspectives)");
        }
        GeoPoint primary = position(properties.primaryLatitude(), properties.primaryLongitude(), "certdesk.perspectives.primary-");
        List<PerspectiveSite> sites = new ArrayList<>();
        List<URI> urls = new ArrayList<>();
        for (int i = 0; i < properties.agents().size(); i++) {
            PerspectivesProperties.Agent agent = properties.agents().get(i);
            String prefix = "certdesk.perspectives.agents[" + i + "].";
            require(agent.name(), prefix + "name");
            require(agent.location(), prefix + "location");
            require(agent.url(), prefix + "url");
            if (agent.region() == null) {
                throw new IllegalStateException(prefix + "region is required: one of " + List.of(RirRegion.values()));
            }
            URI url = URI.create(agent.url());
            if (!"https".equals(url.getScheme())) {
                throw new IllegalStateException(prefix + "url must be an https URL (mutual TLS, BR 3.2.2.9), not " + agent.url());
            }
            sites.add(new PerspectiveSite(agent.name(), agent.region(), agent.location(), position(agent.latitude(), agent.longitude(), prefix)));
            urls.add(url);
        }
        requireDistinct(primary, sites);
        SSLContext tls = ChannelTls.context(TlsIdentity.fromPem(properties.clientCertificate(), properties.clientPrivateKey()),
                TlsIdentity.readCertificates(properties.trustedCa()));
        List<HttpsRemotePerspective> perspectives = new ArrayList<>();
        for (int i = 0; i < sites.size(); i++) {
            perspectives.add(new HttpsRemotePerspective(sites.get(i), urls.get(i), tls, properties.timeout()));
        }
        return new AgentRemotePerspectives(perspectives, List.of(), primary);
    }

    /** Refuses to start with perspectives that would not count as remote (BR 3.2.2.9): better than refusing every issuance. */
    static void requireDistinct(GeoPoint primary, List<PerspectiveSite> sites) {
        List<PerspectiveDistinctness.Violation> violations = PerspectiveDistinctness.violations(primary, sites);
        if (!violations.isEmpty()) {
            throw new IllegalStateException("certdesk.perspectives: " + String.join("; ",
                    violations.stream().map(PerspectiveDistinctness.Violation::describe).toList()));
        }
    }

    private static GeoPoint position(Double latitude, Double longitude, String prefix) {
        if (latitude == null || longitude == null) {
            throw new IllegalStateException(prefix + "latitude and " + prefix + "longitude are required (decimal degrees): "
                    + "the perspectives must be shown 500 km apart (BR 3.2.2.9)");
        }
        try {
            return new GeoPoint(latitude, longitude);
        } catch (IllegalArgumentException offTheGlobe) {
            throw new IllegalStateException(prefix + offTheGlobe.getMessage());
        }
    }

    /** Starts the embedded agents with the default http-01 and tls-alpn-01 ports (80, 443) and timeout. */
    static AgentRemotePerspectives embedded(PerspectivesProperties properties, DnsProperties dns,
                                            java.util.function.Supplier<WebsiteFileFetcher> newFetcher, InetSocketAddress resolver) {
        return embedded(properties, dns, newFetcher, resolver, AcmeChallengeSettings.DEFAULT);
    }

    /**
     * Starts one in-process agent per simulated site, each with its own resolver client, file
     * fetcher, http-01 client and TLS-ALPN probe.
     */
    static AgentRemotePerspectives embedded(PerspectivesProperties properties, DnsProperties dns,
                                            java.util.function.Supplier<WebsiteFileFetcher> newFetcher, InetSocketAddress resolver,
                                            AcmeChallengeSettings acme) {
        GeoPoint primary = properties.primaryLatitude() != null || properties.primaryLongitude() != null
                ? position(properties.primaryLatitude(), properties.primaryLongitude(), "certdesk.perspectives.primary-")
                : SIMULATED_PRIMARY;
        requireDistinct(primary, SIMULATED_SITES);
        ChannelCa ca = ChannelCa.generate("CertDesk perspective channel CA (embedded)");
        List<X509Certificate> trusted = List.of(ca.certificate());
        SSLContext clientTls = ChannelTls.context(ca.issueClient("CertDesk CA"), trusted);
        List<PerspectiveAgent> agents = new ArrayList<>();
        List<HttpsRemotePerspective> perspectives = new ArrayList<>();
        try {
            for (PerspectiveSite site : SIMULATED_SITES) {
                SSLContext agentTls = ChannelTls.context(ca.issueServer("perspective " + site.name(), List.of("127.0.0.1", "localhost")),
                        trusted);
                DnsjavaDnsLookup agentResolver = new DnsjavaDnsLookup(resolver, dns.timeout());
                PerspectiveAgent agent = PerspectiveAgent.start(site.name(), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                        agentTls, agentResolver, newFetcher.get(), new ApacheHttp01Fetcher(agentResolver, acme.timeout()),
                        acme.http01Port(), new JdkTlsAlpnProbe(agentResolver, acme.timeout()), acme.tlsAlpn01Port());
                agents.add(agent);
                perspectives.add(new HttpsRemotePerspective(site, URI.create("https://127.0.0.1:" + agent.address().getPort()),
                        clientTls, properties.timeout()));
            }
        } catch (IOException e) {
            agents.forEach(PerspectiveAgent::close);
            throw new UncheckedIOException("Could not start the embedded perspective agents", e);
        }
        // The first exchange of each pair loads the JDK's HTTP and TLS classes (about a second on a
        // small machine): pay it now, not in the first customer's validation.
        Thread.ofVirtual().name("perspective-warm-up").start(() -> perspectives.forEach(HttpsRemotePerspective::health));
        return new AgentRemotePerspectives(perspectives, agents, primary);
    }

    private static void require(String value, String property) {
        if (value == null || value.isBlank()) {
            throw new IllegalStateException(property + " is required");
        }
    }
}
