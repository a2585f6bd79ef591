package org.certdesk.adapters.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.InetAddress;
import java.net.Socket;

import org.certdesk.application.port.CapturedMail;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.mail.javamail.JavaMailSender;

/** The embedded SMTP server lives exactly as long as its Spring context, and only when no host is set. */
class EmbeddedMailServerLifecycleTest {

    private final ApplicationContextRunner contexts = new ApplicationContextRunner()
            .withUserConfiguration(EmbeddedMailConfiguration.class, ConfiguredMailServerConfiguration.class);

    @Test
    void theEmbeddedServerListensOnLoopbackWhileTheContextRunsAndStopsWithIt() {
        int[] port = new int[1];
        contexts.run(context -> {
            assertThat(context).hasSingleBean(JavaMailSender.class).hasSingleBean(CapturedMail.class);
            port[0] = context.getBean(EmbeddedMailServer.class).port();
            try (Socket smtp = new Socket(InetAddress.getLoopbackAddress(), port[0])) {
                assertThat(smtp.isConnected()).isTrue();
            }
        });

        assertThatThrownBy(() -> new Socket(InetAddress.getLoopbackAddress(), port[0]).close())
                .isInstanceOf(IOException.class);
    }

    @Test
    void aConfiguredHostStartsNoEmbeddedServerAndCapturesNothing() {
        contexts.withPropertyValues("spring.mail.host=smtp.example.com").run(context -> {
            assertThat(context).doesNotHaveBean(EmbeddedMailServer.class);
            assertThat(context.getBean(CapturedMail.class).capturing()).isFalse();
            assertThat(context.getBean(CapturedMail.class).recent(5)).isEmpty();
        });
    }
}
