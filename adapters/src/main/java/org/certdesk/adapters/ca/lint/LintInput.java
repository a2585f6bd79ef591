package org.certdesk.adapters.ca.lint;

import java.time.Instant;

import org.bouncycastle.cert.X509CertificateHolder;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.policy.IssuancePolicy;

/** What a lint check looks at: the to-be-signed certificate and what the CA validated. */
public record LintInput(X509CertificateHolder certificate, Identifiers validatedNames, Instant signingTime,
                 boolean demoZoneServed, IssuancePolicy policy) {
}
