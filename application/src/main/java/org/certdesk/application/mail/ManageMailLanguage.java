package org.certdesk.application.mail;

import java.time.Clock;
import java.util.Optional;

import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.mail.MailLanguage;
import org.certdesk.domain.mail.MailLanguages;

/**
 * Use case: a customer reads and chooses the language of their tenant's notification mails;
 * until they choose, the configured default ({@code certdesk.mail.locale}) applies. Audited.
 */
public class ManageMailLanguage {

    private final MailLanguages languages;
    private final MailLanguage defaultLanguage;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final Clock clock;

    public ManageMailLanguage(MailLanguages languages, MailLanguage defaultLanguage, AuditLog auditLog,
                              Transactions transactions, Clock clock) {
        this.languages = languages;
        this.defaultLanguage = defaultLanguage;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    public MailLanguage current(Actor actor) {
        TenantId tenant = actor.requireCustomerTenant();
        return transactions.inTransaction(() -> languages.chosen(tenant).orElse(defaultLanguage));
    }

    /**
     * Saving the language already chosen changes nothing and is not audited, so the settings page
     * can save its whole form. Choosing the default explicitly is stored: it then stays if the
     * configured default changes.
     */
    public MailLanguage save(Actor actor, MailLanguage language) {
        TenantId tenant = actor.requireCustomerTenant();
        return transactions.inTransaction(() -> {
            Optional<MailLanguage> before = languages.chosen(tenant);
            if (before.equals(Optional.of(language))) {
                return language;
            }
            languages.save(tenant, language);
            String was = before.map(MailLanguage::englishName).orElse(defaultLanguage.englishName() + " (default)");
            auditLog.record(AuditEntry.of(actor, clock.instant(), tenant, null, "Mail language changed", null, null,
                    was + " -> " + language.englishName()));
            return language;
        });
    }
}
