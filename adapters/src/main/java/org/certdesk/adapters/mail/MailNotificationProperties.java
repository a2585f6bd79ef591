package org.certdesk.adapters.mail;

import java.util.Locale;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * How CertDesk's mails look to their reader.
 *
 * @param from   sender shown to the customer, an RFC 5322 address with an optional display name
 * @param locale language of the mails of a tenant that has not chosen one
 *               ({@code en} or {@code zh-CN}; anything else falls back to English)
 */
@ConfigurationProperties(prefix = "certdesk.mail")
public record MailNotificationProperties(String from, Locale locale) {

    public MailNotificationProperties {
        if (from == null || from.isBlank()) {
            from = "CertDesk <no-reply@certdesk.test>";
        }
        if (locale == null) {
            locale = Locale.ENGLISH;
        }
    }
}
