package org.certdesk.adapters.ca.crl;

import org.certdesk.adapters.ca.hierarchy.CaHierarchy;
import org.certdesk.adapters.ca.hierarchy.CaHierarchyKeeper;
import org.certdesk.adapters.ca.hierarchy.SigningCa;
import org.certdesk.adapters.ca.issuance.IssuedCertificateStore;
import org.certdesk.adapters.ca.issuance.RevokedEntry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

import org.certdesk.adapters.ca.crl.CrlStore.StoredCrl;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Signs and stores the next CRL of a CA: the next CRL number under the ca_crl row lock, every
 * revoked leaf of that CA that is not long expired, thisUpdate now and nextUpdate after the
 * configured validity. Joins the caller's transaction when there is one (a revocation), so the
 * CRL and the revocation commit together.
 */
@Component
class CrlPublisher {

    /** BR 7.2: for CRLs covering subscriber certificates, nextUpdate at most 10 days after thisUpdate. */
    static final Duration MAXIMUM_VALIDITY = Duration.ofDays(10);

    private final CaHierarchyKeeper hierarchy;
    private final IssuedCertificateStore issued;
    private final CrlStore crls;
    private final TransactionTemplate transaction;
    private final Clock clock;
    private final Duration validity;

    CrlPublisher(CaHierarchyKeeper hierarchy, IssuedCertificateStore issued, CrlStore crls, PlatformTransactionManager transactions,
                 Clock clock, @Value("${certdesk.ca.crl.validity:P7D}") Duration validity) {
        if (validity.isNegative() || validity.isZero() || validity.compareTo(MAXIMUM_VALIDITY) > 0) {
            throw new IllegalArgumentException("certdesk.ca.crl.validity must be positive and at most 10 days (BR 7.2), got " + validity);
        }
        this.hierarchy = hierarchy;
        this.issued = issued;
        this.crls = crls;
        this.transaction = new TransactionTemplate(transactions);
        this.clock = clock;
        this.validity = validity;
    }

    StoredCrl publish(String caId) {
        SigningCa ca = ca(caId);
        return transaction.execute(status -> publishLocked(ca));
    }

    /** The stored CRL, or a fresh one when there is none yet or its nextUpdate has passed (the schedule was not running). */
    StoredCrl current(String caId) {
        Optional<StoredCrl> stored = crls.find(caId);
        if (stored.isPresent() && stored.get().nextUpdate().isAfter(clock.instant())) {
            return stored.get();
        }
        return publish(caId);
    }

    /** Every CA of the hierarchy, the root included: its CRL is the distribution point named in the intermediates. */
    void publishAll() {
        CaHierarchy current = hierarchy.hierarchy();
        for (SigningCa ca : List.of(current.root(), current.ecIssuer(), current.rsaIssuer())) {
            publish(ca.id());
        }
    }

    private StoredCrl publishLocked(SigningCa ca) {
        Optional<Long> last = crls.lockLastNumber(ca.id());
        StoredCrl next = sign(ca, last.orElse(0L) + 1);
        if (last.isPresent()) {
            crls.replace(next);
            return next;
        }
        if (crls.insertFirst(next)) {
            return next;
        }
        // Another instance published this CA's first CRL meanwhile; follow its number.
        StoredCrl after = sign(ca, crls.lockLastNumber(ca.id()).orElseThrow() + 1);
        crls.replace(after);
        return after;
    }

    private StoredCrl sign(SigningCa ca, long number) {
        Instant thisUpdate = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Instant nextUpdate = thisUpdate.plus(validity);
        // Keep an entry for one CRL validity past notAfter: BR 4.10.1 forbids removing it before the
        // expiry, and BR 7.2 wants it on one regularly scheduled CRL beyond the validity period.
        List<RevokedEntry> entries = issued.revokedBy(ca.id(), thisUpdate.minus(validity));
        return new StoredCrl(ca.id(), number, thisUpdate, nextUpdate, CrlSigner.sign(ca, number, thisUpdate, nextUpdate, entries));
    }

    private SigningCa ca(String caId) {
        SigningCa ca = hierarchy.hierarchy().byId(caId);
        if (ca == null) {
            throw new IllegalArgumentException("No CA with id " + caId);
        }
        return ca;
    }
}
