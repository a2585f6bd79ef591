package org.certdesk.adapters.lifecycle;

import org.certdesk.application.port.ApprovedIssuances;
import org.certdesk.application.port.CertificateSuccessions;
import org.certdesk.application.port.CertificateListing;
import org.certdesk.application.port.EvidenceReuses;
import org.certdesk.application.port.ExpiryReminderLog;
import org.certdesk.application.port.SubscriberKeyStore;
import org.certdesk.application.port.Transactions;
import org.certdesk.domain.acme.AcmeAuthorizations;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.calendar.Holidays;
import org.certdesk.domain.catalogue.ProductCatalogue;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.review.Reviews;
import org.certdesk.domain.verification.TokenSource;
import org.springframework.stereotype.Component;

/** The real persistence adapters a {@link Lifecycle} is built on, wired once for every lifecycle test. */
@Component
record LifecyclePorts(Certificates certificates, CertificateListing listing, AuditLog auditLog, Reviews reviews, SubscriberKeyStore keyStore,
                      TokenSource tokens, Holidays holidays, ExpiryReminderLog reminderLog, Transactions transactions,
                      ProductCatalogue catalogue, AcmeAuthorizations acmeAuthorizations,
                      CertificateSuccessions successions, ApprovedIssuances approvals, EvidenceReuses evidenceReuses) {
}
