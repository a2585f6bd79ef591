package org.certdesk.adapters.persistence.mail;

import java.util.Optional;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.mail.MailLanguage;
import org.certdesk.domain.mail.MailLanguages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** One row per tenant that chose; a tag read back is checked by {@link MailLanguage#ofTag}. */
@Component
class JdbcMailLanguages implements MailLanguages {

    private final JdbcClient jdbc;

    JdbcMailLanguages(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    @Override
    public Optional<MailLanguage> chosen(TenantId tenant) {
        return jdbc.sql("SELECT language FROM mail_language WHERE tenant_id = :t")
                .param("t", tenant.value())
                .query(String.class).optional().map(MailLanguage::ofTag);
    }

    @Override
    public Optional<MailLanguage> chosenForCertificate(CertificateId certificate) {
        return jdbc.sql("""
                SELECT m.language FROM certificate c JOIN mail_language m ON m.tenant_id = c.tenant_id
                WHERE c.id = :c""")
                .param("c", certificate.value())
                .query(String.class).optional().map(MailLanguage::ofTag);
    }

    @Override
    public void save(TenantId tenant, MailLanguage language) {
        jdbc.sql("""
                INSERT INTO mail_language (tenant_id, language) VALUES (:t, :language)
                ON DUPLICATE KEY UPDATE language = VALUES(language)""")
                .param("t", tenant.value()).param("language", language.languageTag())
                .update();
    }
}
