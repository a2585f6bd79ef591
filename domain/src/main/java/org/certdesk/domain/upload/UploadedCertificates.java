package org.certdesk.domain.upload;

import java.util.List;
import java.util.Optional;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.shared.DomainRepository;

/**
 * Port: a tenant's uploaded certificates and their private keys. Every read is scoped to a
 * tenant, so one tenant's certificate is simply not found by another. The implementation keeps
 * the key encrypted at rest; callers hand over and receive the plain PKCS#8 bytes.
 */
@DomainRepository
public interface UploadedCertificates {

    UploadedCertificate save(UploadedCertificate certificate, byte[] pkcs8PrivateKey);

    List<UploadedCertificate> list(TenantId tenant);

    Optional<UploadedCertificate> find(TenantId tenant, UploadedCertificateId id);

    Optional<UploadedCertificate> findByFingerprint(TenantId tenant, String sha256Fingerprint);

    /** The PKCS#8 private key, decrypted. */
    Optional<byte[]> privateKey(TenantId tenant, UploadedCertificateId id);

    /** @return whether a certificate of this tenant was removed */
    boolean delete(TenantId tenant, UploadedCertificateId id);
}
