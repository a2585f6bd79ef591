package org.certdesk.application.verification;

import org.certdesk.application.port.DemoZonePublishing;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.progress.Progress;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.verification.DomainVerification;
import org.certdesk.domain.verification.VerificationMethod;

/**
 * Use case: on the embedded default, publish an application's verification records in the demo
 * zone with one click, so a newcomer completes a DV journey with no DNS of their own. Only the
 * customer's own names under the demo zone are touched.
 */
public class PublishToDemoZone {

    private final CertificateAccess access;
    private final DemoZonePublishing demoZone;
    private final Transactions transactions;

    public PublishToDemoZone(CertificateAccess access, DemoZonePublishing demoZone, Transactions transactions) {
        this.access = access;
        this.demoZone = demoZone;
        this.transactions = transactions;
    }

    /** Whether the button makes sense: the zone is served and a pending name lies under it. */
    public boolean applies(Progress progress) {
        return demoZone.isServed() && progress.names().stream()
                .anyMatch(name -> !name.verified() && name.name().endsWith("." + demoZone.zone()));
    }

    /** @return how many records were published */
    public int publish(Actor actor, CertificateId id) {
        actor.requireCustomerTenant();
        if (!demoZone.isServed()) {
            throw new DomainException(Refusal.of("demoZone.none"));
        }
        return transactions.inTransaction(() -> {
            Certificate certificate = access.load(actor, id);
            int published = 0;
            for (DomainVerification v : certificate.verifications()) {
                if (v.isVerified() || !(v.identifier() instanceof DomainName name)
                        || !name.baseDomain().ascii().endsWith("." + demoZone.zone())) {
                    continue;
                }
                if (v.method() == VerificationMethod.DNS_TXT) {
                    demoZone.publishTxt(v.dnsRecordHost(), v.token().value());
                } else {
                    demoZone.publishFile(name.baseDomain().ascii(), v.token().value());
                }
                published++;
            }
            if (published == 0) {
                throw new DomainException(Refusal.of("demoZone.noPendingName", demoZone.zone()));
            }
            access.audit(actor, certificate, "Published to the demo zone", published + " record(s)");
            return published;
        });
    }
}
