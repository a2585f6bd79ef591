package org.certdesk.adapters.mail;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Locale;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.stream.Collectors;

import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.NotificationKind;

/**
 * Subject and body of each {@link NotificationKind}, from the bundle {@code mail/messages*.properties}.
 * A body template gets {0} the certificate id, {1} the detail (a cause, a DNS record, a
 * confirmation link) and {2} the link to the certificate in the console; blank lines separate
 * paragraphs; a subject gets {0} and {1} (the expiry reminder names the domains and date there).
 * The HTML part is made from the same template, so the two parts cannot drift apart.
 */
class MailTemplates {

    private static final String BUNDLE = "mail/messages";
    /** Kinds whose detail is a link the customer must open (OV/EV: BR 3.2.5 confirmation). */
    private static final Set<NotificationKind> DETAIL_IS_LINK = EnumSet.of(NotificationKind.VERIFICATION_EMAIL);

    /** Private-use characters: they survive HTML escaping and never occur in a template. */
    private static final String PLACEHOLDER_START = "\uE000";
    private static final String PLACEHOLDER_END = "\uE001";

    private final PublicLinks links;

    MailTemplates(PublicLinks links) {
        this.links = links;
    }

    RenderedMail render(NotificationKind kind, CertificateId certificate, String detail, Locale locale) {
        ResourceBundle bundle = bundle(locale);
        String id = certificate.toString();
        String cleanDetail = detail == null ? "" : detail.strip();
        boolean detailIsLink = DETAIL_IS_LINK.contains(kind) && !cleanDetail.isEmpty();
        if (detailIsLink) {
            cleanDetail = links.resolve(cleanDetail);
        }
        String certificateLink = links.certificate(certificate);

        String subject = format(bundle.getString(kind + ".subject"), locale, id, cleanDetail);
        String bodyTemplate = bundle.getString(kind + ".body");
        String footer = bundle.getString("footer");

        String text = format(bodyTemplate, locale, id, cleanDetail, certificateLink) + "\n\n-- \n" + footer + "\n";
        String html = html(locale, subject,
                formatHtml(bodyTemplate, locale, escape(id),
                        detailIsLink ? anchor(cleanDetail) : escape(cleanDetail), anchor(certificateLink)),
                escape(footer));
        return new RenderedMail(subject, collapseBlankParagraphs(text), html);
    }

    private static ResourceBundle bundle(Locale locale) {
        // No fallback to the server's default locale: an unknown language gets the English base bundle.
        return ResourceBundle.getBundle(BUNDLE, locale, MailTemplates.class.getClassLoader(),
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    private static String format(String template, Locale locale, Object... arguments) {
        return new MessageFormat(template, locale).format(arguments);
    }

    /**
     * Formats the template with placeholders first and escapes afterwards: escaping the template
     * itself would break MessageFormat's quoting ({@code ''} is an apostrophe).
     */
    private static String formatHtml(String template, Locale locale, String... htmlArguments) {
        Object[] placeholders = new Object[htmlArguments.length];
        for (int i = 0; i < htmlArguments.length; i++) {
            placeholders[i] = PLACEHOLDER_START + i + PLACEHOLDER_END;
        }
        String html = escape(format(template, locale, placeholders));
        for (int i = 0; i < htmlArguments.length; i++) {
            html = html.replace(PLACEHOLDER_START + i + PLACEHOLDER_END, htmlArguments[i]);
        }
        return html;
    }

    private static String html(Locale locale, String subject, String body, String footer) {
        String paragraphs = Arrays.stream(body.split("\n\\s*\n"))
                .map(String::strip)
                .filter(paragraph -> !paragraph.isEmpty())
                .map(paragraph -> "<p>" + paragraph.replace("\n", "<br>\n") + "</p>")
                .collect(Collectors.joining("\n"));
        return """
                <!DOCTYPE html>
                <html lang="%s"><head><meta charset="UTF-8"><title>%s</title></head>
                <body style="font-family: sans-serif; line-height: 1.5">
                %s
                <hr><p style="color: #666; font-size: smaller">%s</p>
                </body></html>
                """.formatted(locale.toLanguageTag(), escape(subject), paragraphs, footer);
    }

    private static String anchor(String url) {
        String escaped = escape(url);
        return "<a href=\"" + escaped + "\">" + escaped + "</a>";
    }

    /** The five characters that matter in HTML text and attribute values (adapters have no spring-web). */
    private static String escape(String text) {
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> escaped.append("&amp;");
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** An empty detail would leave an empty paragraph in the plain-text part. */
    private static String collapseBlankParagraphs(String text) {
        return text.replaceAll("\n{3,}", "\n\n");
    }
}
