package org.certdesk.domain.mail;

import java.util.Optional;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.shared.DomainRepository;

/** Port: each tenant's choice of mail language; empty until it chooses (the configured default applies). */
@DomainRepository
public interface MailLanguages {

    Optional<MailLanguage> chosen(TenantId tenant);

    /** The choice of the tenant that owns the certificate: a notification names only its certificate. */
    Optional<MailLanguage> chosenForCertificate(CertificateId certificate);

    void save(TenantId tenant, MailLanguage language);
}
