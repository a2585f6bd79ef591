package org.certdesk.ui.console;

import org.certdesk.application.upload.DeleteUploadedCertificate;
import org.certdesk.application.upload.DownloadUploadedCertificate;
import org.certdesk.application.upload.ListUploadedCertificates;
import org.certdesk.application.upload.UploadCertificate;
import org.springframework.stereotype.Component;

/** The use cases behind the Uploaded Certificates tab, handed to the page as one. */
@Component
record UploadedCertificateUseCases(UploadCertificate upload, ListUploadedCertificates list, DeleteUploadedCertificate delete,
                                   DownloadUploadedCertificate download) {
}
