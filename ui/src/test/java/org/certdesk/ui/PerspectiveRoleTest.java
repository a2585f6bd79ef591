package org.certdesk.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import javax.sql.DataSource;

import org.certdesk.adapters.perspective.ChannelCa;
import org.certdesk.adapters.perspective.ChannelTls;
import org.certdesk.adapters.perspective.HttpsRemotePerspective;
import org.certdesk.adapters.perspective.PerspectiveAgent;
import org.certdesk.adapters.perspective.TlsIdentity;
import org.certdesk.domain.verification.PerspectiveSite;
import org.certdesk.domain.verification.RemotePerspective.Health;
import org.certdesk.domain.verification.RirRegion;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * {@code java -jar <console jar> --certdesk.role=perspective}: the console's main starts only a
 * perspective agent, with no database and no Vaadin, and the CA's client reaches it over mutual TLS.
 */
class PerspectiveRoleTest {

    @TempDir
    Path pem;

    @Test
    void theRoleArgumentIsRead() {
        assertThat(CertDeskApplication.isPerspectiveRole(new String[] {"--certdesk.role=perspective"})).isTrue();
        assertThat(CertDeskApplication.isPerspectiveRole(new String[] {"--server.port=0"})).isFalse();
    }

    @Test
    void thePerspectiveRoleStartsOnlyAnAgent() throws Exception {
        ChannelCa ca = ChannelCa.generate("role test channel CA");
        TlsIdentity server = ca.issueServer("agent", List.of("127.0.0.1"));
        Path caFile = Files.writeString(pem.resolve("ca.pem"), ChannelCa.pem(ca.certificate()));
        Path certificate = Files.writeString(pem.resolve("agent.pem"), ChannelCa.pem(server.chain().get(0)) + ChannelCa.pem(ca.certificate()));
        Path key = Files.writeString(pem.resolve("agent-key.pem"), ChannelCa.pem(server.privateKey()));

        try (ConfigurableApplicationContext agent = CertDeskApplication.runPerspectiveAgent("--certdesk.role=perspective",
                "--certdesk.perspective-agent.bind-address=127.0.0.1", "--certdesk.perspective-agent.port=0",
                "--certdesk.perspective-agent.certificate=" + certificate, "--certdesk.perspective-agent.private-key=" + key,
                "--certdesk.perspective-agent.client-ca=" + caFile, "--certdesk.dns.resolver-host=127.0.0.1")) {
            assertThat(agent.getBeanNamesForType(DataSource.class)).isEmpty();
            assertThat(agent.containsBean("vaadinServlet")).isFalse();
            int port = agent.getBean(PerspectiveAgent.class).address().getPort();

            HttpsRemotePerspective client = new HttpsRemotePerspective(new PerspectiveSite("role", RirRegion.ARIN, "here"),
                    URI.create("https://127.0.0.1:" + port), ChannelTls.context(ca.issueClient("CertDesk CA"), List.of(ca.certificate())),
                    Duration.ofSeconds(3));
            assertThat(client.health()).isInstanceOf(Health.Up.class);
        }
    }
}
