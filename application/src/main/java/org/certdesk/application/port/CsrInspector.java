package org.certdesk.application.port;

import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.policy.KeyAlgorithm;

/**
 * Port: reads a PEM certificate signing request and checks it before anything is stored —
 * parseable, self-signature valid, key allowed by policy and not known-weak (BR 6.1.5, 6.1.6),
 * names equal to the bound names. A refusal is a {@link org.certdesk.domain.shared.DomainException}
 * whose message a customer can act on ("The CSR's signature does not verify.").
 */
public interface CsrInspector {

    InspectedCsr inspect(String csrPem, Identifiers boundNames);

    /** The PEM form of a DER CSR (as ACME clients send it, RFC 8555 7.4); refuses bytes that are no CSR. */
    String pemOf(byte[] csrDer);

    /** What the CSR holds, for display and for the signing request. */
    record InspectedCsr(String csrPem, KeyAlgorithm keyAlgorithm, Identifiers names, String subjectPublicKeySha256) {
    }
}
