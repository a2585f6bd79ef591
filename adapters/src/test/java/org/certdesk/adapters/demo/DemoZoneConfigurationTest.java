package org.certdesk.adapters.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.DnsLookup.DnsAnswer;
import org.certdesk.domain.verification.WebsiteFileFetcher;
import org.certdesk.domain.verification.WebsiteFileFetcher.FileFetch;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class DemoZoneConfigurationTest {

    private final ApplicationContextRunner context = new ApplicationContextRunner()
            .withUserConfiguration(DemoZoneConfiguration.class);

    @Test
    void servesTheDemoZoneWhenNoResolverIsConfigured() {
        context.run(app -> {
            assertThat(app.getBean(DemoZoneStatus.class)).isEqualTo(DemoZoneStatus.served("example.test"));
            app.getBean(DemoZoneRecords.class).add(new DemoRecord("_dnsauth.www.example.test", DemoRecordType.TXT, "tok"));
            app.getBean(DemoWebFiles.class).put("www.example.test", "file-tok");

            assertThat(app.getBean(DnsLookup.class).txt("_dnsauth.www.example.test"))
                    .isEqualTo(new DnsAnswer.Records(List.of("tok"), DnsLookup.Dnssec.SECURE)); // signed, validated to its key
            assertThat(app.getBean(WebsiteFileFetcher.class).fetch("http://www.example.test/.well-known/pki-validation/fileauth.txt"))
                    .isEqualTo(new FileFetch.Content("file-tok"));
        });
    }

    @Test
    void usesTheConfiguredDemoZoneName() {
        context.withPropertyValues("certdesk.demo-zone.name=demo.test")
                .run(app -> assertThat(app.getBean(DemoZoneRecords.class).zone()).isEqualTo("demo.test"));
    }

    @Test
    void turnsTheDemoZoneOffWhenAResolverIsConfigured() {
        context.withPropertyValues("certdesk.dns.resolver-host=127.0.0.1", "certdesk.dns.resolver-port=5353")
                .run(app -> {
                    assertThat(app.getBean(DemoZoneStatus.class).isServed()).isFalse();
                    assertThat(app).doesNotHaveBean(DemoDnsServer.class).doesNotHaveBean(DemoWebRoot.class)
                            .doesNotHaveBean(DemoZoneRecords.class);
                    assertThat(app).hasSingleBean(DnsLookup.class).hasSingleBean(WebsiteFileFetcher.class);
                });
    }

    @Test
    void servesTheDemoZoneUnvalidatedWhenDnssecValidationIsOff() {
        context.withPropertyValues("certdesk.dns.dnssec-validation=false").run(app -> {
            app.getBean(DemoZoneRecords.class).add(new DemoRecord("_dnsauth.www.example.test", DemoRecordType.TXT, "tok"));

            assertThat(app.getBean(DnsLookup.class).txt("_dnsauth.www.example.test"))
                    .isEqualTo(new DnsAnswer.Records(List.of("tok"), DnsLookup.Dnssec.NOT_VALIDATED));
        });
    }

    @Test
    void refusesToStartWithATrustAnchorThatIsNotADsOrDnskeyRecord() {
        context.withPropertyValues("certdesk.dns.resolver-host=127.0.0.1", "certdesk.dns.trust-anchors=example.com. IN A 192.0.2.1")
                .run(app -> assertThat(app).hasFailed().getFailure().rootCause()
                        .hasMessageContaining("certdesk.dns.trust-anchors").hasMessageContaining("not one DS or DNSKEY record"));
    }
}
