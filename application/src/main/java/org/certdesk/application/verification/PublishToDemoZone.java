package org.certdesk.application.verification;

import java.util.List;
import java.util.Optional;

import org.certdesk.application.port.DemoZonePublishing;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.progress.Progress;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.verification.DomainVerification;
import org.certdesk.domain.verification.PersistentDcvIdentity;
import org.certdesk.domain.verification.VerificationMethod;

/**
 * Use case: on the embedded default, publish an application's verification records in the demo
 * zone with one click, so a newcomer completes a DV journey with no DNS of their own. Only names
 * in the customer's own part of the demo zone ({@link DemoZoneParts}) are published; a pending
 * name in another tenant's part refuses the whole click, before anything is published.
 */
public class PublishToDemoZone {

    private final CertificateAccess access;
    private final DemoZonePublishing demoZone;
    private final DemoZoneParts parts;
    private final Transactions transactions;
    private final PersistentDcvIdentity persistentIdentity;

    public PublishToDemoZone(CertificateAccess access, DemoZonePublishing demoZone, DemoZoneParts parts,
                             Transactions transactions) {
        this(access, demoZone, parts, transactions, PersistentDcvIdentity.embeddedDefault());
    }

    /** @param persistentIdentity what a persistent record (BR 3.2.2.4.22) names: our issuer and the tenant's account */
    public PublishToDemoZone(CertificateAccess access, DemoZonePublishing demoZone, DemoZoneParts parts,
                             Transactions transactions, PersistentDcvIdentity persistentIdentity) {
        this.persistentIdentity = persistentIdentity;
        this.access = access;
        this.demoZone = demoZone;
        this.parts = parts;
        this.transactions = transactions;
    }

    /** The customer's part of the demo zone, for the Apply panel; empty when no demo zone is served, and for staff. */
    public Optional<String> demoNamesOf(Actor actor) {
        return actor.tenant() == null ? Optional.empty() : parts.partOf(actor.tenant());
    }

    /**
     * Whether the button makes sense: the zone is served and a pending name lies under it (one in
     * another tenant's part too, so the customer learns why it cannot be published).
     */
    public boolean applies(Progress progress) {
        return demoZone.isServed() && progress.names().stream()
                .anyMatch(name -> !name.verified() && parts.inZone(name.name()));
    }

    /** @return how many records were published */
    public int publish(Actor actor, CertificateId id) {
        TenantId tenant = actor.requireCustomerTenant();
        if (!demoZone.isServed()) {
            throw new DomainException(Refusal.of("demoZone.none"));
        }
        return transactions.inTransaction(() -> {
            Certificate certificate = access.load(actor, id);
            List<DomainVerification> pending = certificate.verifications().stream()
                    .filter(v -> !v.isVerified() && v.identifier() instanceof DomainName name
                            && parts.inZone(name.baseDomain().ascii()))
                    .toList();
            // All refused or none: the demo zone's records are not part of the transaction.
            pending.forEach(v -> parts.requireOwn(tenant, ((DomainName) v.identifier()).baseDomain().ascii()));
            if (pending.isEmpty()) {
                throw new DomainException(Refusal.of("demoZone.nothingToPublish", parts.partOf(tenant).orElseThrow()));
            }
            for (DomainVerification v : pending) {
                if (v.method() == VerificationMethod.DNS_TXT) {
                    demoZone.publishTxt(v.dnsRecordHost(), v.token().value());
                } else if (v.method() == VerificationMethod.DNS_PERSIST) {
                    demoZone.publishTxt(v.persistRecordHost(), persistentIdentity.recordValue(tenant,
                            ((DomainName) v.identifier()).isWildcard()));
                } else {
                    demoZone.publishFile(((DomainName) v.identifier()).baseDomain().ascii(), v.token().value());
                }
            }
            access.audit(actor, certificate, "Published to the demo zone", pending.size() + " record(s)");
            return pending.size();
        });
    }
}
