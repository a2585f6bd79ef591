package org.certdesk.ui.wiring;

import java.time.Clock;

import org.certdesk.application.port.CertificateBundles;
import org.certdesk.application.port.CertificateUploadInspector;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.upload.DeleteUploadedCertificate;
import org.certdesk.application.upload.DownloadUploadedCertificate;
import org.certdesk.application.upload.ListUploadedCertificates;
import org.certdesk.application.upload.UploadCertificate;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.upload.UploadedCertificates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.upload}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class UploadWiring {

    @Bean
    UploadCertificate uploadCertificate(CertificateUploadInspector inspector, UploadedCertificates uploads, AuditLog auditLog,
                                        Transactions transactions, Clock clock) {
        return new UploadCertificate(inspector, uploads, auditLog, transactions, clock);
    }

    @Bean
    ListUploadedCertificates listUploadedCertificates(UploadedCertificates uploads, Transactions transactions, Clock clock) {
        return new ListUploadedCertificates(uploads, transactions, clock);
    }

    @Bean
    DeleteUploadedCertificate deleteUploadedCertificate(UploadedCertificates uploads, AuditLog auditLog, Transactions transactions,
                                                        Clock clock) {
        return new DeleteUploadedCertificate(uploads, auditLog, transactions, clock);
    }

    @Bean
    DownloadUploadedCertificate downloadUploadedCertificate(UploadedCertificates uploads, CertificateBundles bundles,
                                                            AuditLog auditLog, Transactions transactions, Clock clock) {
        return new DownloadUploadedCertificate(uploads, bundles, auditLog, transactions, clock);
    }
}
