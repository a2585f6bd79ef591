package org.certdesk.ui.wiring;

import java.time.Clock;

import org.certdesk.application.details.ShowCertificateDetails;
import org.certdesk.application.details.ShowUploadedCertificateDetails;
import org.certdesk.application.port.CertificateSuccessions;
import org.certdesk.application.port.IssuanceRecords;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.port.X509Reader;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.upload.UploadedCertificates;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** The use cases of {@code org.certdesk.application.details}, made from the ports the adapters provide. */
@Configuration(proxyBeanMethods = false)
public class DetailsWiring {

    @Bean
    ShowCertificateDetails showCertificateDetails(CertificateAccess access, IssuanceRecords issuanceRecords, X509Reader x509,
                                                  CertificateSuccessions successions, Transactions transactions, Clock clock) {
        return new ShowCertificateDetails(access, issuanceRecords, x509, successions, transactions, clock);
    }

    @Bean
    ShowUploadedCertificateDetails showUploadedCertificateDetails(UploadedCertificates uploads, X509Reader x509,
                                                                  Transactions transactions, Clock clock) {
        return new ShowUploadedCertificateDetails(uploads, x509, transactions, clock);
    }
}
