package org.certdesk.domain.certificate;

import java.time.Instant;
import org.certdesk.domain.name.Identifiers;

/** What the CA needs to sign one approved application; organization and EV details null for DV. */
public record SigningRequest(CertificateId certificate, ValidationType type, Identifiers identifiers, String csrPem,
                             Organization organization, EvDetails evDetails, Instant notBefore, Instant notAfter) {
}
