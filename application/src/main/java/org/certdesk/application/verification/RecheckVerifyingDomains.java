package org.certdesk.application.verification;

import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.Certificates;
import org.certdesk.domain.shared.DomainException;

/**
 * Use case: the CA's scheduled re-check of every application still Verifying (SPEC: "Checks
 * repeat on a schedule"), as the system actor. One refusal or conflict does not stop the rest.
 */
public class RecheckVerifyingDomains {

    private static final int BATCH = 200;

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
            }
        }
        return checked;
    }
}
