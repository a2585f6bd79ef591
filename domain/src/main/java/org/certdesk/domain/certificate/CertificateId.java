package org.certdesk.domain.certificate;

public record CertificateId(long value) {

    public CertificateId {
        if (value <= 0) {
            throw new IllegalArgumentException("A certificate id is positive, got " + value);
        }
    }

    public static CertificateId of(long value) {
        return new CertificateId(value);
    }

    @Override
    public String toString() {
        return Long.toString(value);
    }
}
