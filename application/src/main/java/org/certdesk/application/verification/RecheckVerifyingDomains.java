package org.certdesk.application.verification;

import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.shared.DomainException;

/**
 * Use case: the CA's scheduled re-check of every application still Verifying (SPEC: "Checks
 * repeat on a schedule"), as the system actor. One refusal, conflict or failing certificate does
 * not stop the rest.
 */
public class RecheckVerifyingDomains {

    private static final int BATCH = 200;
    private static final System.Logger LOG = System.getLogger(RecheckVerifyingDomains.class.getName());

    private final Certificates certificates;
    private final CheckDomainsNow checkDomainsNow;

    public RecheckVerifyingDomains(Certificates certificates, CheckDomainsNow checkDomainsNow) {
        this.certificates = certificates;
        this.checkDomainsNow = checkDomainsNow;
    }

    /** @return how many certificates were checked */
    public int recheck() {
        int checked = 0;
        for (CertificateId id : certificates.verifying(BATCH)) {
            try {
                checkDomainsNow.check(Actor.system(), id);
                checked++;
            } catch (DomainException refusedOrChangedMeanwhile) {
                // The customer cancelled or a reviewer decided in between: nothing to re-check.
            } catch (RuntimeException failed) {
                // An unreadable row or an outage for one name must not keep every other customer waiting.
                LOG.log(System.Logger.Level.WARNING, "Scheduled re-check of certificate " + id.value() + " failed", failed);
            }
        }
        return checked;
    }
}
