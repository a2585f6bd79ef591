package org.certdesk.application.details;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.certdesk.application.port.CertificateSuccessions;
import org.certdesk.application.port.IssuanceRecords.LintResult;
import org.certdesk.application.port.X509Facts;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.DisplayStatus;
import org.certdesk.domain.certificate.Revocation;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.verification.VerificationMethod;

/**
 * Read model of one certificate of the console for its details page.
 *
 * @param names    what the certificate names (its SANs once issued, else the application's), shown
 *                 as {@code Identifier.display()} does: Unicode with the A-label beside it
 * @param issued   the signed leaf's facts; empty before issuance
 * @param evidence per name, how and when its control was validated (empty evidence: not yet)
 * @param history  renewals and replacements, this certificate on either side
 */
public record CertificateDetails(CertificateId id, String brand, ValidationType type, DisplayStatus status, List<String> names,
                                 Optional<Issued> issued, Optional<Revocation> revocation, List<NameEvidence> evidence,
                                 List<HistoryLink> history) {

    public CertificateDetails {
        names = List.copyOf(names);
        evidence = List.copyOf(evidence);
        history = List.copyOf(history);
    }

    /**
     * @param chain    the issuing CA, then the root
     * @param daysLeft whole days until notAfter; negative once expired
     * @param lint     the checks passed before signing; empty when not recorded (signed before it was kept)
     */
    public record Issued(X509Facts leaf, List<X509Facts> chain, long daysLeft, Instant issuedAt, Optional<List<LintResult>> lint) {

        public Issued {
            chain = List.copyOf(chain);
        }

        /** The certificates above the leaf, in PEM, issuing CA first. */
        public String chainPem() {
            return String.join("", chain.stream().map(X509Facts::pem).toList());
        }
    }

    /**
     * @param validatedAt null while the name is not validated yet (then method is the one asked for)
     * @param reused      the evidence was taken over from an earlier validation (BR 4.2.1), not gathered for this certificate
     */
    public record NameEvidence(String name, VerificationMethod method, String observed, Instant validatedAt, boolean reused) {

        public boolean validated() {
            return validatedAt != null;
        }

        public String brSection() {
            return method.brSection();
        }
    }

    /** Another certificate this one followed ({@code PREDECESSOR}) or was followed by ({@code SUCCESSOR}). */
    public record HistoryLink(CertificateId other, Direction direction, CertificateSuccessions.Kind kind, Instant at) {
    }

    public enum Direction { PREDECESSOR, SUCCESSOR }
}
