package org.certdesk.domain.review;

import java.util.List;
import java.util.Map;

import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.shared.DomainRepository;

/** Port: the reviewers' work per certificate and application round, kept as an append-only log. */
@DomainRepository
public interface Reviews {

    Review load(CertificateId certificate, int round, ValidationType type);

    void append(CertificateId certificate, int round, ReviewEntry entry);

    /**
     * The entries of each certificate's given round, in one read (a page of the certificate list);
     * a certificate without entries is absent from the answer.
     */
    Map<CertificateId, List<ReviewEntry>> entriesOfRounds(Map<CertificateId, Integer> roundOf);
}
