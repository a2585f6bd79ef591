package org.certdesk.domain.audit;

import java.util.List;

import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.shared.DomainRepository;

/** Port: the append-only audit log, written in the same transaction as the change it records. */
@DomainRepository
public interface AuditLog {

    void record(AuditEntry entry);

    List<AuditEntry> forCertificate(CertificateId certificate);

    /** The newest entries matching the query, newest first. */
    List<AuditEntry> search(AuditQuery query);
}
