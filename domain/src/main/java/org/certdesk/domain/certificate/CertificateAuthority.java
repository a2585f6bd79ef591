package org.certdesk.domain.certificate;

/** Port: the CA that signs an approved application's CSR (Bouncy Castle in the adapter). */
public interface CertificateAuthority {

    IssuedCertificate sign(SigningRequest request);
}
