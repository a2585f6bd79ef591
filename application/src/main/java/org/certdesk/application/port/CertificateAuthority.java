package org.certdesk.application.port;

import org.certdesk.domain.certificate.IssuedCertificate;
import org.certdesk.domain.certificate.SigningRequest;

/** Port: the CA that signs an approved application's CSR (Bouncy Castle in the adapter). */
public interface CertificateAuthority {

    IssuedCertificate sign(SigningRequest request);
}
