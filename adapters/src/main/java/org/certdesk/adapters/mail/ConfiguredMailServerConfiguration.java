package org.certdesk.adapters.mail;

import java.util.List;

import org.certdesk.application.port.CapturedMail;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A real SMTP server is configured ({@code spring.mail.host}, port, credentials and
 * {@code spring.mail.properties.*} as Spring Boot documents them): Boot builds the JavaMailSender,
 * nothing is captured, and the Outbox is empty.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnProperty(name = "spring.mail.host")
class ConfiguredMailServerConfiguration {

    private static final Logger log = LoggerFactory.getLogger(ConfiguredMailServerConfiguration.class);

    @Bean
    CapturedMail capturedMail(@Value("${spring.mail.host}") String host, @Value("${spring.mail.port:25}") String port) {
        log.info("Mail goes to the SMTP server {}:{}", host, port);
        return new NothingCaptured();
    }

    private static final class NothingCaptured implements CapturedMail {

        @Override
        public List<CapturedMessage> recent(int limit) {
            return List.of();
        }

        @Override
        public boolean capturing() {
            return false;
        }
    }
}
