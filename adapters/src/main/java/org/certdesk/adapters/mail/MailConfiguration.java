package org.certdesk.adapters.mail;

import java.time.Clock;

import org.certdesk.domain.mail.MailLanguages;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.mail.javamail.JavaMailSender;

/** Notifications over whichever JavaMailSender applies: the embedded server's or Spring Boot's. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(MailNotificationProperties.class)
class MailConfiguration {

    @Bean
    MailTemplates mailTemplates(@Value("${certdesk.public-url:http://localhost:8080}") String publicUrl) {
        return new MailTemplates(new PublicLinks(publicUrl));
    }

    @Bean
    SpringMailNotifications notifications(JavaMailSender mailSender, MailTemplates templates,
                                          MailNotificationProperties properties, MailLanguages languages,
                                          Clock clock) {
        return new SpringMailNotifications(mailSender, templates, properties, languages, clock);
    }
}
