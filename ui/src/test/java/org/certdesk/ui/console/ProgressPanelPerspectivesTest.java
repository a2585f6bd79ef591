package org.certdesk.ui.console;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import com.vaadin.flow.component.Component;
import org.certdesk.adapters.demo.DemoRecord;
import org.certdesk.adapters.demo.DemoRecordType;
import org.certdesk.adapters.demo.DemoZoneRecords;
import org.certdesk.application.apply.SubmitApplication;
import org.certdesk.application.progress.ShowProgress;
import org.certdesk.application.purchase.BuyCertificates;
import org.certdesk.application.verification.CheckDomainsNow;
import org.certdesk.application.verification.PublishToDemoZone;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.UserAccounts;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.certificate.Coverage;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.EmailAddress;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.PhoneNumber;
import org.certdesk.domain.policy.KeyAlgorithm;
import org.certdesk.domain.verification.DnsLookup;
import org.certdesk.domain.verification.PerspectiveSite;
import org.certdesk.domain.verification.RemotePerspective;
import org.certdesk.domain.verification.RemotePerspectives;
import org.certdesk.domain.verification.RirRegion;
import org.certdesk.domain.verification.VerificationMethod;
import org.certdesk.domain.verification.WebsiteFileFetcher;
import org.certdesk.domain.verification.WebsiteFileFetcher.FileFetch;
import org.certdesk.ui.BrowserlessTest;
import org.certdesk.ui.CertDeskApplication;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * A refused corroboration in the customer's Progress panel (BR 3.2.2.9): two of five remote
 * perspectives see another TXT value than the demo DNS serves, so the name stays unverified,
 * the last check names both, and each perspective's line says what it saw.
 */
@SpringBootTest(classes = CertDeskApplication.class)
@Import(ProgressPanelPerspectivesTest.TwoHijackedPerspectives.class)
@WithUserDetails("alice")
class ProgressPanelPerspectivesTest extends BrowserlessTest {

    /** Three perspectives ask the demo DNS; Frankfurt and Singapore are hijacked and see "xyz". */
    @TestConfiguration(proxyBeanMethods = false)
    static class TwoHijackedPerspectives {
        @Bean
        @Primary
        RemotePerspectives twoHijackedPerspectives(DnsLookup demoDns) {
            DnsLookup hijacked = new DnsLookup() {
                @Override
                public DnsAnswer txt(String name) {
                    return new DnsAnswer.Records(List.of("xyz"));
                }

                @Override
                public DnsAnswer caa(String name) {
                    return demoDns.caa(name);
                }

                @Override
                public DnsAnswer addresses(String name) {
                    return demoDns.addresses(name);
                }
            };
            List<RemotePerspective> perspectives = List.of(
                    perspective(new PerspectiveSite("Frankfurt", RirRegion.RIPE_NCC, "Frankfurt, DE"), hijacked),
                    perspective(new PerspectiveSite("Virginia", RirRegion.ARIN, "Ashburn, US"), demoDns),
                    perspective(new PerspectiveSite("Singapore", RirRegion.APNIC, "Singapore, SG"), hijacked),
                    perspective(new PerspectiveSite("Sao Paulo", RirRegion.LACNIC, "Sao Paulo, BR"), demoDns),
                    perspective(new PerspectiveSite("Johannesburg", RirRegion.AFRINIC, "Johannesburg, ZA"), demoDns));
            return () -> perspectives;
        }

        private static RemotePerspective perspective(PerspectiveSite site, DnsLookup dns) {
            return new RemotePerspective() {
                @Override
                public PerspectiveSite site() {
                    return site;
                }

                @Override
                public DnsLookup dns() {
                    return dns;
                }

                @Override
                public WebsiteFileFetcher files() {
                    return url -> new FileFetch.NotFound("no web server");
                }

                @Override
                public Health health() {
                    return new Health.Up(0);
                }
            };
        }
    }

    @Autowired
    UserAccounts accounts;
    @Autowired
    BuyCertificates buy;
    @Autowired
    SubmitApplication submit;
    @Autowired
    ShowProgress showProgress;
    @Autowired
    CheckDomainsNow checkDomainsNow;
    @Autowired
    PublishToDemoZone publishToDemoZone;
    @Autowired
    DemoZoneRecords demoZone;
    @Autowired
    org.certdesk.ui.DemoNames demoNames;

    @Test
    void theProgressPanelShowsEachPerspectiveAndTheRefusalNamesTheTwoHijackedOnes() {
        Actor alice = actor("alice");
        CertificateId id = buy.buy(new BuyCertificates.Command(alice, "CertDesk", ValidationType.DV, Coverage.SINGLE, 1, 1)).getFirst();
        String name = "www.mpic-" + UUID.randomUUID().toString().substring(0, 8) + "." + demoNames.partOf("alice");
        submit.submit(new SubmitApplication.Command(alice, id, new CertificateApplication(Identifiers.parseLines(name),
                new CsrSource.SystemGenerated(KeyAlgorithm.EC_P256),
                new Contact("Alice Admin", EmailAddress.parse("alice@example.com"), PhoneNumber.parse("+86 138 0013 8000")),
                null, null, VerificationMethod.DNS_TXT)));
        var record = showProgress.show(alice, id).names().getFirst();
        demoZone.add(new DemoRecord(record.dnsHost(), DemoRecordType.TXT, record.dnsValue()));

        assertThat(checkDomainsNow.check(alice, id).status()).isEqualTo(CertificateStatus.VERIFYING);

        ProgressPanel panel = new ProgressPanel(showProgress, checkDomainsNow, publishToDemoZone, alice, id, () -> { });
        Component perspectives = byId(panel, "progress-perspectives");
        assertThat(perspectives.isVisible()).isTrue();
        assertThat(byClass(perspectives, "perspective-seen")).hasSize(3);
        assertThat(byClass(perspectives, "perspective-not_seen")).extracting(c -> c.getElement().getTextRecursively())
                .containsExactly("Not seenFrankfurt(RIPE NCC, Frankfurt, DE)\u2014 saw \"xyz\"",
                        "Not seenSingapore(APNIC, Singapore, SG)\u2014 saw \"xyz\"");
        assertThat(byClass(panel, "last-check")).singleElement().extracting(c -> c.getElement().getTextRecursively())
                .asString().contains("Not corroborated by 2 of 5 remote perspectives (Frankfurt: saw \"xyz\"; "
                        + "Singapore: saw \"xyz\"); at most 1 allowed (BR 3.2.2.9).");
    }

    private static Stream<Component> descendants(Component root) {
        return Stream.concat(Stream.of(root), root.getChildren().flatMap(ProgressPanelPerspectivesTest::descendants));
    }

    private static Component byId(Component root, String id) {
        return descendants(root).filter(c -> c.getId().filter(id::equals).isPresent()).findFirst().orElseThrow();
    }

    private static List<Component> byClass(Component root, String className) {
        return descendants(root).filter(c -> c.getElement().getClassList().contains(className)).toList();
    }

    private Actor actor(String username) {
        var account = accounts.findByUsername(username).orElseThrow();
        return new Actor(account.id(), account.username(), account.role(), account.tenantId());
    }
}
