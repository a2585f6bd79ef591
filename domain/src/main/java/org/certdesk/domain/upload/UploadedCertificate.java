package org.certdesk.domain.upload;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.certdesk.domain.account.TenantId;

/**
 * A certificate a customer obtained elsewhere and uploaded with its private key, to watch its
 * expiry and download it for their servers. An expired certificate is accepted and shown as
 * expired: the customer may be uploading it precisely to keep track of what needs replacing.
 *
 * @param id               null until saved
 * @param issuer           the issuer's distinguished name
 * @param issuerName       the issuer's common name (else its organization), for the list
 * @param chainPem         the intermediates that followed the certificate, possibly empty
 * @param sha256Fingerprint lower-case hex of the SHA-256 of the certificate's DER encoding
 */
public record UploadedCertificate(UploadedCertificateId id, TenantId tenant, String label, String commonName,
                                  List<String> subjectAltNames, String issuer, String issuerName, String serialHex, Instant notBefore,
                                  Instant notAfter, String sha256Fingerprint, String certificatePem, String chainPem,
                                  Instant uploadedAt, String uploadedBy) {

    public static final int MAX_LABEL_LENGTH = 100;
    /** Room for a certificate with a long chain (a few KiB each), or a key; more is a wrong paste. */
    public static final int MAX_PEM_LENGTH = 64 * 1024;
    /** Far beyond any key password a person types, and short enough to hash without a thought. */
    public static final int MAX_PASSWORD_LENGTH = 1024;
    /** The list warns a month ahead, as the CA's own expiry reminders do. */
    public static final int EXPIRING_WITHIN_DAYS = 30;

    public UploadedCertificate {
        Objects.requireNonNull(tenant, "tenant");
        label = requireLabel(label);
        subjectAltNames = List.copyOf(subjectAltNames);
        Objects.requireNonNull(issuer, "issuer");
        Objects.requireNonNull(issuerName, "issuerName");
        Objects.requireNonNull(serialHex, "serialHex");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        Objects.requireNonNull(sha256Fingerprint, "sha256Fingerprint");
        Objects.requireNonNull(certificatePem, "certificatePem");
        chainPem = chainPem == null ? "" : chainPem;
        Objects.requireNonNull(uploadedAt, "uploadedAt");
        Objects.requireNonNull(uploadedBy, "uploadedBy");
    }

    /** The label as it will be stored, or a refusal at the label field. */
    public static String requireLabel(String label) {
        String trimmed = label == null ? "" : label.strip();
        if (trimmed.isEmpty()) {
            throw new UploadRejectedException(UploadProblem.LABEL_REQUIRED);
        }
        if (trimmed.length() > MAX_LABEL_LENGTH) {
            throw new UploadRejectedException(UploadProblem.LABEL_TOO_LONG);
        }
        return trimmed;
    }

    /** Refuses, at its field, a text of megabytes before anything tries to parse it. */
    public static void requireSizes(String certificatePem, String privateKeyPem, char[] keyPassword) {
        if (certificatePem != null && certificatePem.length() > MAX_PEM_LENGTH) {
            throw new UploadRejectedException(UploadProblem.CERTIFICATE_TOO_LONG);
        }
        if (privateKeyPem != null && privateKeyPem.length() > MAX_PEM_LENGTH) {
            throw new UploadRejectedException(UploadProblem.KEY_TOO_LONG);
        }
        if (keyPassword != null && keyPassword.length > MAX_PASSWORD_LENGTH) {
            throw new UploadRejectedException(UploadProblem.PASSWORD_TOO_LONG);
        }
    }

    public UploadedCertificate withId(UploadedCertificateId newId) {
        return new UploadedCertificate(newId, tenant, label, commonName, subjectAltNames, issuer, issuerName, serialHex, notBefore,
                notAfter, sha256Fingerprint, certificatePem, chainPem, uploadedAt, uploadedBy);
    }

    /** Whole days until notAfter, counting down; negative once expired. */
    public long daysLeft(Instant now) {
        return Math.floorDiv(Duration.between(now, notAfter).toSeconds(), Duration.ofDays(1).toSeconds());
    }

    public ExpiryState expiryState(Instant now) {
        if (!now.isBefore(notAfter)) {
            return ExpiryState.EXPIRED;
        }
        return daysLeft(now) < EXPIRING_WITHIN_DAYS ? ExpiryState.EXPIRING_SOON : ExpiryState.VALID;
    }

    /** The name to show first: the common name, else the first SAN, else the label. */
    public String displayName() {
        if (commonName != null && !commonName.isBlank()) {
            return commonName;
        }
        return subjectAltNames.isEmpty() ? label : subjectAltNames.getFirst();
    }
}
