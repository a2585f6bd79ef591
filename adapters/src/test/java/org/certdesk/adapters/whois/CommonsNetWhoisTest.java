package org.certdesk.adapters.whois;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.certdesk.domain.name.DomainName;
import org.junit.jupiter.api.Test;

class CommonsNetWhoisTest {

    private static final DomainName AGENCY = DomainName.parse("agency.gov");

    @Test
    void readsTheRegistrantOrganization() throws IOException {
        try (var server = LoopbackWhoisServer.answering(Map.of("agency.gov", """
                Domain Name: AGENCY.GOV\r
                Registrant Organization: Federal Agency of Examples\r
                Registrant State/Province: DC\r
                """))) {
            assertThat(whoisAt(server.port()).registrantOrganization(AGENCY)).contains("Federal Agency of Examples");
            assertThat(server.queries).containsExactly("agency.gov");
        }
    }

    @Test
    void followsTheReferralToTheRegistrysServer() throws IOException {
        AtomicInteger asked = new AtomicInteger();
        // Asked as "localhost" it plays IANA and refers to "127.0.0.1"; asked again it plays the registry.
        try (var server = new LoopbackWhoisServer(query -> asked.getAndIncrement() == 0
                ? "domain: GOV\r\nrefer: 127.0.0.1\r\n"
                : "Domain Name: AGENCY.GOV\r\nregistrant: Office of Samples\r\n")) {
            var whois = new CommonsNetWhois(new WhoisProperties("localhost", server.port(), Duration.ofSeconds(2)));

            assertThat(whois.registrantOrganization(AGENCY)).contains("Office of Samples");
            assertThat(server.queries).containsExactly("agency.gov", "agency.gov");
        }
    }

    @Test
    void unknownDomainHasNoRegistrant() throws IOException {
        try (var server = LoopbackWhoisServer.answering(Map.of())) {
            assertThat(whoisAt(server.port()).registrantOrganization(AGENCY)).isEmpty();
        }
    }

    @Test
    void unreachableServerMeansNotAvailable() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        assertThat(whoisAt(closedPort).registrantOrganization(AGENCY)).isEmpty();
    }

    private static CommonsNetWhois whoisAt(int port) {
        return new CommonsNetWhois(new WhoisProperties("127.0.0.1", port, Duration.ofSeconds(2)));
    }
}
