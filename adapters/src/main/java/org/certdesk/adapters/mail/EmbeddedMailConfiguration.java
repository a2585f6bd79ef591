package org.certdesk.adapters.mail;

import java.util.Properties;

import org.certdesk.application.port.CapturedMail;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * The embedded default: with no {@code spring.mail.host}, mail goes to an in-process SMTP server
 * and the admin Outbox reads it there (through the database, so every node's mail shows). Setting a host turns this off; then Spring Boot's own
 * JavaMailSender sends to that host ({@link ConfiguredMailServerConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
@Conditional(NoMailHostConfigured.class)
class EmbeddedMailConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedMailServer embeddedMailServer() {
        return EmbeddedMailServer.start();
    }

    @Bean
    JavaMailSenderImpl mailSender(EmbeddedMailServer server) {
        JavaMailSenderImpl sender = new JavaMailSenderImpl();
        sender.setHost(server.host());
        sender.setPort(server.port());
        sender.setDefaultEncoding("UTF-8");
        Properties timeouts = new Properties();
        // A stuck server must not hold the business action that sends the mail.
        timeouts.setProperty("mail.smtp.connectiontimeout", "5000");
        timeouts.setProperty("mail.smtp.timeout", "5000");
        timeouts.setProperty("mail.smtp.writetimeout", "5000");
        sender.setJavaMailProperties(timeouts);
        return sender;
    }

    /** The console's database keeps every node's captured mail; without one, this node's server is read directly. */
    @Bean
    CapturedMail capturedMail(EmbeddedMailServer server, ObjectProvider<JdbcClient> jdbc) {
        JdbcClient database = jdbc.getIfAvailable();
        return database == null ? new GreenMailCapturedMail(server) : new SharedCapturedMail(server, database);
    }
}
