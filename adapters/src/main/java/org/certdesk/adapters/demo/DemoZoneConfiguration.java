package org.certdesk.adapters.demo;

import java.io.IOException;
import java.net.InetSocketAddress;
import org.certdesk.adapters.dns.DnsProperties;
import org.certdesk.adapters.dns.DnsjavaDnsLookup;
import org.certdesk.adapters.dns.TrustAnchors;
import org.certdesk.adapters.http.HttpValidationProperties;
import org.certdesk.adapters.http.JdkHttpWebsiteFileFetcher;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.WebsiteFileFetcher;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.util.StringUtils;

/**
 * The CA's network for domain validation, in one of two modes chosen by
 * {@code certdesk.dns.resolver-host}: unset (the embedded default), the demo zone is served by
 * an in-process DNS server and web root and the CA asks them; set, the CA asks that resolver and
 * real web servers, and the demo zone is off.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({DnsProperties.class, HttpValidationProperties.class, DemoZoneProperties.class})
public class DemoZoneConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DemoZoneConfiguration.class);

    @Configuration(proxyBeanMethods = false)
    @Conditional(NoResolverConfigured.class)
    static class Served {

        @Bean
        DemoZone demoZone(DemoZoneProperties properties, ObjectProvider<JdbcClient> jdbc) {
            // The console's database, shared by its nodes; memory only where there is none.
            JdbcClient database = jdbc.getIfAvailable();
            return new DemoZone(properties.name(), database == null ? DemoRecordStore.inMemory() : new JdbcDemoRecordStore(database));
        }

        @Bean(destroyMethod = "close")
        DemoDnsServer demoDnsServer(DemoZone zone) throws IOException {
            return DemoDnsServer.start(zone);
        }

        @Bean(destroyMethod = "close")
        DemoWebRoot demoWebRoot(DemoZone zone) throws IOException {
            return DemoWebRoot.start(zone);
        }

        /** Validated to the demo zone's own key, so the demo DV journey sees DNSSEC as a real one does. */
        @Bean
        DnsLookup dnsLookup(DemoDnsServer server, DnsProperties properties) {
            if (!properties.dnssecValidation()) {
                return new DnsjavaDnsLookup(server.address(), properties.timeout());
            }
            return DnsjavaDnsLookup.validating(server.address(), properties.timeout(), TrustAnchors.of(server.trustAnchor()));
        }

        @Bean
        WebsiteFileFetcher websiteFileFetcher(HttpValidationProperties properties, DemoZone zone, DemoWebRoot webRoot) {
            return new JdkHttpWebsiteFileFetcher(properties, new DemoZoneRoutes(zone, webRoot.address()));
        }

        @Bean
        DemoZoneStatus demoZoneStatus(DemoZone zone) {
            return DemoZoneStatus.served(zone.zone());
        }
    }

    @Configuration(proxyBeanMethods = false)
    @Conditional(ResolverConfigured.class)
    static class Off {

        @Bean
        DnsLookup dnsLookup(DnsProperties properties) {
            InetSocketAddress resolver = new InetSocketAddress(properties.resolverHost(), properties.resolverPort());
            if (!properties.dnssecValidation()) {
                log.warn("DNSSEC validation is off (certdesk.dns.dnssec-validation=false): BR 3.2.2.4 and 3.2.2.8.1 "
                        + "require it of a publicly trusted CA");
                return new DnsjavaDnsLookup(resolver, properties.timeout());
            }
            return DnsjavaDnsLookup.validating(resolver, properties.timeout(), properties.anchors());
        }

        @Bean
        WebsiteFileFetcher websiteFileFetcher(HttpValidationProperties properties) {
            return new JdkHttpWebsiteFileFetcher(properties);
        }

        @Bean
        DemoZoneStatus demoZoneStatus() {
            return DemoZoneStatus.off();
        }
    }

    static final class ResolverConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return StringUtils.hasText(context.getEnvironment().getProperty(DnsProperties.RESOLVER_HOST));
        }
    }

    static final class NoResolverConfigured implements Condition {
        @Override
        public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
            return !new ResolverConfigured().matches(context, metadata);
        }
    }
}
