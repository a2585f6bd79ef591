package org.certdesk.application.upload;

import org.certdesk.domain.upload.UploadedCertificate;

/** How an uploaded certificate is named in the audit log (it has no CA certificate id). */
final class UploadAudit {

    private UploadAudit() {
    }

    static String describe(UploadedCertificate certificate) {
        return "uploaded #" + certificate.id().value() + " '" + certificate.label() + "', serial " + certificate.serialHex()
                + ", SHA-256 " + certificate.sha256Fingerprint();
    }
}
