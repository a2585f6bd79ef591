package org.certdesk.application.upload;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.shared.NotFoundException;
import org.certdesk.domain.upload.UploadedCertificate;
import org.certdesk.domain.upload.UploadedCertificateId;
import org.certdesk.domain.upload.UploadedCertificates;

/** Loads an uploaded certificate of the actor's tenant; another tenant's reads as not found. */
final class UploadLookup {

    static final String NOT_FOUND = "There is no such uploaded certificate; it may have been deleted.";

    private UploadLookup() {
    }

    static UploadedCertificate load(UploadedCertificates uploads, TenantId tenant, UploadedCertificateId id) {
        return uploads.find(tenant, id).orElseThrow(() -> new NotFoundException(NOT_FOUND));
    }
}
