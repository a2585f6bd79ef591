package org.certdesk.application.details;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.certdesk.application.details.CertificateDetails.Direction;
import org.certdesk.application.details.CertificateDetails.HistoryLink;
import org.certdesk.application.details.CertificateDetails.Issued;
import org.certdesk.application.details.CertificateDetails.NameEvidence;
import org.certdesk.application.port.CertificateSuccessions;
import org.certdesk.application.port.IssuanceRecords;
import org.certdesk.application.port.IssuanceRecords.IssuanceRecord;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.port.X509Facts;
import org.certdesk.application.port.X509Reader;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.verification.DomainVerification;

/**
 * Use case: the details of one certificate: the signed leaf as the parser reads it, its chain to
 * the root, revocation, the lint result kept at issuance, the evidence each name was validated
 * with, and the certificates it renewed or was renewed by. A customer reaches only its own
 * tenant's certificates (another tenant's reads as not found); staff reach any.
 */
public class ShowCertificateDetails {

    private final CertificateAccess access;
    private final IssuanceRecords issuanceRecords;
    private final X509Reader x509;
    private final CertificateSuccessions successions;
    private final Transactions transactions;
    private final Clock clock;

    public ShowCertificateDetails(CertificateAccess access, IssuanceRecords issuanceRecords, X509Reader x509,
                                  CertificateSuccessions successions, Transactions transactions, Clock clock) {
        this.access = access;
        this.issuanceRecords = issuanceRecords;
        this.x509 = x509;
        this.successions = successions;
        this.transactions = transactions;
        this.clock = clock;
    }

    public CertificateDetails show(Actor actor, CertificateId id) {
        return transactions.inTransaction(() -> {
            Certificate certificate = access.load(actor, id);
            Instant now = clock.instant();
            Optional<Issued> issued = certificate.issued()
                    .flatMap(reference -> issuanceRecords.bySerial(reference.serialHex()))
                    .map(record -> issued(record, now));
            List<String> names = issued.map(i -> SanDisplay.of(i.leaf().subjectAltNames()))
                    .orElseGet(() -> certificate.application()
                            .map(application -> application.identifiers().asList().stream().map(Identifier::display).toList())
                            .orElse(List.of()));
            return new CertificateDetails(certificate.id(), certificate.product().brand(), certificate.product().type(),
                    certificate.displayStatus(now), names, issued, certificate.revocation(), evidence(certificate),
                    history(certificate.id()));
        });
    }

    private Issued issued(IssuanceRecord record, Instant now) {
        X509Facts leaf = x509.read(record.leafPem()).getFirst();
        List<X509Facts> chain = new ArrayList<>(x509.read(record.chainPem()));
        chain.addAll(x509.read(record.rootPem()));
        long daysLeft = Math.floorDiv(Duration.between(now, leaf.notAfter()).toSeconds(), Duration.ofDays(1).toSeconds());
        return new Issued(leaf, chain, daysLeft, record.issuedAt(), record.lint());
    }

    private static List<NameEvidence> evidence(Certificate certificate) {
        return certificate.verifications().stream().map(ShowCertificateDetails::evidence).toList();
    }

    private static NameEvidence evidence(DomainVerification verification) {
        String name = verification.identifier().display();
        return verification.evidence()
                // Evidence without an attempt of this round was taken over from earlier evidence (a renewal, BR 4.2.1).
                .map(proof -> new NameEvidence(name, proof.method(), proof.observed(), proof.validatedAt(),
                        verification.attempts().isEmpty()))
                .orElseGet(() -> new NameEvidence(name, verification.method(), null, null, false));
    }

    private List<HistoryLink> history(CertificateId id) {
        return successions.involving(id).stream()
                .map(s -> s.successor().equals(id)
                        ? new HistoryLink(s.predecessor(), Direction.PREDECESSOR, s.kind(), s.at())
                        : new HistoryLink(s.successor(), Direction.SUCCESSOR, s.kind(), s.at()))
                .toList();
    }
}
