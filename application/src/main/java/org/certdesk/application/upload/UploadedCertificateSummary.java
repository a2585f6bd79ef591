package org.certdesk.application.upload;

import java.time.Instant;
import java.util.List;

import org.certdesk.domain.upload.ExpiryState;
import org.certdesk.domain.upload.UploadedCertificateId;

/** One row of the Uploaded Certificates list, with its expiry judged at the time of listing. */
public record UploadedCertificateSummary(UploadedCertificateId id, String label, String displayName, List<String> subjectAltNames,
                                         String issuer, String issuerName, String serialHex, Instant notBefore, Instant notAfter, long daysLeft,
                                         ExpiryState expiry, String sha256Fingerprint, Instant uploadedAt, String uploadedBy) {
}
