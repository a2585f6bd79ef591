package org.certdesk.adapters.perspective;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.certdesk.adapters.dns.DnsProperties;
import org.certdesk.adapters.dns.Dnsmasq;
import org.certdesk.adapters.http.HttpValidationProperties;
import org.certdesk.domain.verification.DnsLookup.DnsAnswer;
import org.certdesk.domain.verification.RemotePerspective;
import org.certdesk.domain.verification.RemotePerspective.Health;
import org.certdesk.domain.verification.PerspectiveDistinctness;
import org.certdesk.domain.verification.RirRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.unit.DataSize;

/**
 * The production shape: an agent started as its own application (the perspective role) from
 * PEM files and a resolver given as properties, and the CA's client configured as data with
 * its own PEM files; and the embedded default's five in-process agents.
 */
class PerspectiveAgentApplicationTest {

    @TempDir
    Path pem;

    @Test
    void anAgentStartedInThePerspectiveRoleAnswersTheConfiguredCaClient() throws Exception {
        ChannelCa ca = ChannelCa.generate("production channel CA");
        TlsIdentity server = ca.issueServer("agent frankfurt", List.of("127.0.0.1", "localhost"));
        TlsIdentity client = ca.issueClient("CertDesk CA");
        Path caFile = write("channel-ca.pem", ca.certificate());
        Path serverCert = write("agent.pem", server.chain().get(0), server.chain().get(1));
        Path serverKey = write("agent-key.pem", server.privateKey());
        Path clientCert = write("client.pem", client.chain().get(0));
        Path clientKey = write("client-key.pem", client.privateKey());

        try (Dnsmasq dns = Dnsmasq.serving("role.test").txt("_dnsauth.role.test", "seen-by-the-agent").start();
             ConfigurableApplicationContext agent = PerspectiveAgentApplication.run(
                     "--certdesk.perspective-agent.name=frankfurt",
                     "--certdesk.perspective-agent.bind-address=127.0.0.1",
                     "--certdesk.perspective-agent.port=0",
                     "--certdesk.perspective-agent.certificate=" + serverCert,
                     "--certdesk.perspective-agent.private-key=" + serverKey,
                     "--certdesk.perspective-agent.client-ca=" + caFile,
                     "--certdesk.dns.resolver-host=127.0.0.1",
                     "--certdesk.dns.resolver-port=" + dns.address().getPort())) {
            int port = agent.getBean(PerspectiveAgent.class).address().getPort();
            assertThat(agent.getBeanNamesForType(javax.sql.DataSource.class)).isEmpty();

            PerspectivesProperties configured = new PerspectivesProperties(
                    List.of(new PerspectivesProperties.Agent("Frankfurt", RirRegion.RIPE_NCC, "Frankfurt, DE", "https://127.0.0.1:" + port,
                            50.1109, 8.6821)),
                    Duration.ofSeconds(3), clientCert, clientKey, caFile, 53.3498, -6.2603);
            try (AgentRemotePerspectives perspectives = RemotePerspectivesConfiguration.configured(configured)) {
                RemotePerspective frankfurt = perspectives.current().get(0);

                assertThat(frankfurt.site().region()).isEqualTo(RirRegion.RIPE_NCC);
                assertThat(frankfurt.dns().txt("_dnsauth.role.test")).isEqualTo(new DnsAnswer.Records(List.of("seen-by-the-agent")));
                assertThat(frankfurt.health()).isInstanceOf(Health.Up.class);
                assertThat(perspectives.listed().get(0).url()).isEqualTo("https://127.0.0.1:" + port);
            }
        }
    }

    /** The files an operator makes with openssl (docs/perspective-channel-pki.sh) are the ones the agent and the CA read. */
    @Test
    void theDocumentedOpensslScriptMakesFilesBothSidesAccept() throws Exception {
        Path script = Path.of("..", "docs", "perspective-channel-pki.sh").toAbsolutePath().normalize();
        Process made = new ProcessBuilder("bash", script.toString(), pem.toString(), "frankfurt=127.0.0.1,localhost")
                .redirectErrorStream(true).start();
        String output = new String(made.getInputStream().readAllBytes());
        assertThat(made.waitFor()).as(output).isZero();

        try (ConfigurableApplicationContext agent = PerspectiveAgentApplication.run(
                "--certdesk.perspective-agent.bind-address=127.0.0.1",
                "--certdesk.perspective-agent.port=0",
                "--certdesk.perspective-agent.certificate=" + pem.resolve("frankfurt.pem"),
                "--certdesk.perspective-agent.private-key=" + pem.resolve("frankfurt-key.pem"),
                "--certdesk.perspective-agent.client-ca=" + pem.resolve("ca.pem"),
                "--certdesk.dns.resolver-host=127.0.0.1")) {
            int port = agent.getBean(PerspectiveAgent.class).address().getPort();
            PerspectivesProperties configured = new PerspectivesProperties(
                    List.of(new PerspectivesProperties.Agent("Frankfurt", RirRegion.RIPE_NCC, "Frankfurt, DE", "https://localhost:" + port,
                            50.1109, 8.6821)),
                    Duration.ofSeconds(3), pem.resolve("client.pem"), pem.resolve("client-key.pem"), pem.resolve("ca.pem"), 53.3498, -6.2603);
            try (AgentRemotePerspectives perspectives = RemotePerspectivesConfiguration.configured(configured)) {
                assertThat(perspectives.current().get(0).health()).isInstanceOf(Health.Up.class);
            }
        }
    }

    @Test
    void anAgentWithoutItsTlsFilesDoesNotStartAndSaysWhichPropertiesAreMissing() {
        assertThatThrownBy(() -> PerspectiveAgentApplication.run("--certdesk.perspective-agent.port=0",
                "--certdesk.dns.resolver-host=127.0.0.1"))
                .hasStackTraceContaining("certdesk.perspective-agent.certificate");
    }

    @Test
    void configuredAgentsNeedTheClientFilesAndHttps() {
        PerspectivesProperties withoutFiles = new PerspectivesProperties(
                List.of(new PerspectivesProperties.Agent("A", RirRegion.ARIN, "x", "https://127.0.0.1:1", 39.0, -77.5)),
                Duration.ofSeconds(1), null, null, null, 53.3, -6.3);
        assertThatThrownBy(() -> RemotePerspectivesConfiguration.configured(withoutFiles))
                .hasMessageContaining("certdesk.perspectives.client-certificate");
    }

    /** BR 3.2.2.9: perspectives count as remote only 500 km from each other and the primary; a console refuses to start otherwise. */
    @Test
    void configuredAgentsMustStandWhereTheyCountAsDistinct() {
        Path files = Path.of("not-read-before-the-sites-are-checked.pem");
        PerspectivesProperties.Agent frankfurt = new PerspectivesProperties.Agent("Frankfurt", RirRegion.RIPE_NCC, "DE",
                "https://frankfurt:8443", 50.1109, 8.6821);
        PerspectivesProperties.Agent paris = new PerspectivesProperties.Agent("Paris", RirRegion.RIPE_NCC, "FR",
                "https://paris:8443", 48.8566, 2.3522);
        PerspectivesProperties.Agent unplaced = new PerspectivesProperties.Agent("Sydney", RirRegion.APNIC, "AU",
                "https://sydney:8443", null, 151.2);
        PerspectivesProperties.Agent offTheGlobe = new PerspectivesProperties.Agent("Sydney", RirRegion.APNIC, "AU",
                "https://sydney:8443", -133.9, 151.2);

        assertThatThrownBy(() -> RemotePerspectivesConfiguration.configured(new PerspectivesProperties(List.of(frankfurt, paris),
                Duration.ofSeconds(1), files, files, files, 53.3498, -6.2603)))
                .hasMessageContaining("Frankfurt and Paris are 478 km apart").hasMessageContaining("BR 3.2.2.9");
        assertThatThrownBy(() -> RemotePerspectivesConfiguration.configured(new PerspectivesProperties(List.of(frankfurt),
                Duration.ofSeconds(1), files, files, files, 48.8566, 2.3522)))
                .hasMessageContaining("Frankfurt and primary are 478 km apart");
        assertThatThrownBy(() -> RemotePerspectivesConfiguration.configured(new PerspectivesProperties(List.of(frankfurt, unplaced),
                Duration.ofSeconds(1), files, files, files, 53.3498, -6.2603)))
                .hasMessageContaining("certdesk.perspectives.agents[1].latitude");
        assertThatThrownBy(() -> RemotePerspectivesConfiguration.configured(new PerspectivesProperties(List.of(offTheGlobe),
                Duration.ofSeconds(1), files, files, files, 53.3498, -6.2603)))
                .hasMessageContaining("certdesk.perspectives.agents[0].latitude must be between -90 and 90");
        assertThatThrownBy(() -> RemotePerspectivesConfiguration.configured(new PerspectivesProperties(List.of(frankfurt),
                Duration.ofSeconds(1), files, files, files, null, null)))
                .hasMessageContaining("certdesk.perspectives.primary-latitude");
    }

    @Test
    void theEmbeddedDefaultsSimulatedSitesAreDistinct() {
        assertThat(PerspectiveDistinctness.violations(RemotePerspectivesConfiguration.SIMULATED_PRIMARY,
                RemotePerspectivesConfiguration.SIMULATED_SITES)).isEmpty();
    }

    @Test
    void theEmbeddedDefaultRunsFiveAgentsInAllRirRegionsEachAskingTheResolver() throws Exception {
        try (Dnsmasq dns = Dnsmasq.serving("embedded.test").txt("_dnsauth.embedded.test", "value").start();
             AgentRemotePerspectives perspectives = RemotePerspectivesConfiguration.embedded(
                     new PerspectivesProperties(List.of(), Duration.ofSeconds(3), null, null, null, null, null),
                     new DnsProperties(null, 53, Duration.ofSeconds(1), true, List.of()),
                     () -> new org.certdesk.adapters.http.JdkHttpWebsiteFileFetcher(
                             new HttpValidationProperties(List.of(), Duration.ofSeconds(1), Duration.ofSeconds(1), DataSize.ofKilobytes(64))),
                     dns.address())) {
            List<RemotePerspective> five = perspectives.current();

            assertThat(five).hasSize(5);
            assertThat(five).extracting(p -> p.site().region()).containsExactlyInAnyOrder(RirRegion.values());
            assertThat(five).allSatisfy(p -> {
                assertThat(p.dns().txt("_dnsauth.embedded.test")).isEqualTo(new DnsAnswer.Records(List.of("value")));
                assertThat(p.health()).isInstanceOf(Health.Up.class);
            });
            assertThat(perspectives.listed()).allSatisfy(l -> assertThat(l.url()).startsWith("https://127.0.0.1:"));
        }
    }

    private Path write(String name, Object... objects) throws Exception {
        StringBuilder text = new StringBuilder();
        for (Object object : objects) {
            text.append(ChannelCa.pem(object));
        }
        return Files.writeString(pem.resolve(name), text);
    }
}
