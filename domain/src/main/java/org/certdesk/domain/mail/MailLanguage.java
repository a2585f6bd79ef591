package org.certdesk.domain.mail;

import java.util.Arrays;
import java.util.Locale;

import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;

/**
 * The languages CertDesk writes its notification mails in (SPEC "Notifications": "in the user's
 * language"); each tenant chooses one, and mail templates exist for exactly these.
 */
public enum MailLanguage {

    ENGLISH("en", "English"),
    SIMPLIFIED_CHINESE("zh-CN", "Simplified Chinese");

    private final String languageTag;
    private final String englishName;

    MailLanguage(String languageTag, String englishName) {
        this.languageTag = languageTag;
        this.englishName = englishName;
    }

    /** The IETF language tag, as stored and as written into the HTML part's {@code lang}. */
    public String languageTag() {
        return languageTag;
    }

    /** For the audit log, which is kept in English. */
    public String englishName() {
        return englishName;
    }

    public Locale locale() {
        return Locale.forLanguageTag(languageTag);
    }

    public static MailLanguage ofTag(String languageTag) {
        return Arrays.stream(values()).filter(language -> language.languageTag.equalsIgnoreCase(languageTag))
                .findFirst()
                .orElseThrow(() -> new DomainException(Refusal.of("mail.language", languageTag)));
    }

    /**
     * The nearest language for a configured locale: any Chinese one gets the Chinese mails (the
     * templates are kept for "zh"), everything else English.
     */
    public static MailLanguage nearest(Locale locale) {
        return "zh".equals(locale.getLanguage()) ? SIMPLIFIED_CHINESE : ENGLISH;
    }
}
