package org.certdesk.adapters.ca.lint;

import java.time.Instant;

import org.bouncycastle.asn1.x509.TBSCertificate;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.policy.IssuancePolicy;

/**
 * What a lint check looks at: the to-be-signed certificate itself (the TBSCertificate, before any
 * signature exists, BR 4.3.1.2) and what the CA validated.
 */
public record LintInput(TBSCertificate certificate, Identifiers validatedNames, Instant signingTime,
                 boolean demoZoneServed, IssuancePolicy policy) {
}
