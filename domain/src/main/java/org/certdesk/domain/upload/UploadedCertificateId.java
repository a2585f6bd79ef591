package org.certdesk.domain.upload;

/** Identity of a certificate a tenant uploaded (a different sequence from the CA's certificates). */
public record UploadedCertificateId(long value) {
}
