package org.certdesk.adapters.demo;

import java.net.InetSocketAddress;
import java.util.List;
import org.certdesk.adapters.dns.DnsProperties;
import org.certdesk.adapters.dns.DnsjavaDnsLookup;
import org.certdesk.adapters.http.HttpValidationProperties;
import org.certdesk.adapters.http.JdkHttpWebsiteFileFetcher;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.PerspectiveSite;
import org.certdesk.domain.verification.RemotePerspective;
import org.certdesk.domain.verification.RemotePerspectives;
import org.certdesk.domain.verification.RirRegion;
import org.certdesk.domain.verification.WebsiteFileFetcher;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * TEMPORARY, deleted when the perspective agents (HTTPS + mutual TLS) are merged: five remote
 * perspectives inside this process, each with its own DNS client to the primary's resolver and
 * its own HTTP client, so that corroboration (BR 3.2.2.9) runs end to end before the real agents
 * exist. They share the primary's network position, so they are not distinct perspectives in
 * the BR's sense; only the agents are.
 */
@Configuration(proxyBeanMethods = false)
public class InProcessPerspectivesFallback {

    @Bean
    @ConditionalOnMissingBean(RemotePerspectives.class)
    RemotePerspectives inProcessRemotePerspectives(ObjectProvider<DemoDnsServer> demoDns, ObjectProvider<DemoZone> zone,
                                                     ObjectProvider<DemoWebRoot> webRoot, DnsProperties dns,
                                                     HttpValidationProperties http) {
        List<PerspectiveSite> sites = List.of(new PerspectiveSite("Frankfurt", RirRegion.RIPE_NCC, "Frankfurt, DE"),
                new PerspectiveSite("Virginia", RirRegion.ARIN, "Ashburn, US"),
                new PerspectiveSite("Singapore", RirRegion.APNIC, "Singapore, SG"),
                new PerspectiveSite("Sao Paulo", RirRegion.LACNIC, "Sao Paulo, BR"),
                new PerspectiveSite("Johannesburg", RirRegion.AFRINIC, "Johannesburg, ZA"));
        List<RemotePerspective> perspectives = sites.stream().map(site -> (RemotePerspective) new InProcess(site,
                new DnsjavaDnsLookup(resolver(demoDns.getIfAvailable(), dns), dns.timeout()),
                files(zone.getIfAvailable(), webRoot.getIfAvailable(), http))).toList();
        return () -> perspectives;
    }

    private static InetSocketAddress resolver(DemoDnsServer demoDns, DnsProperties dns) {
        return demoDns != null ? demoDns.address() : new InetSocketAddress(dns.resolverHost(), dns.resolverPort());
    }

    private static WebsiteFileFetcher files(DemoZone zone, DemoWebRoot webRoot, HttpValidationProperties http) {
        return zone != null && webRoot != null ? new JdkHttpWebsiteFileFetcher(http, new DemoZoneRoutes(zone, webRoot.address()))
                : new JdkHttpWebsiteFileFetcher(http);
    }

    private record InProcess(PerspectiveSite site, DnsLookup dns, WebsiteFileFetcher files) implements RemotePerspective {
        @Override
        public Health health() {
            return new Health.Up(0);
        }
    }
}
