package org.certdesk.application.apply;

import java.time.Clock;

import org.certdesk.application.port.CsrInspector;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.review.GovRegistrantRule;
import org.certdesk.domain.verification.TokenSource;

/** Use case: modify and resubmit after Validation Failed: a new round, the old one kept in history. */
public class ResubmitApplication {

    private final CertificateAccess access;
    private final CsrInspector csrInspector;
    private final GovRegistrantRule govRegistrantRule;
    private final TokenSource tokens;
    private final IssuancePolicy policy;
    private final Transactions transactions;
    private final Clock clock;

    public ResubmitApplication(CertificateAccess access, CsrInspector csrInspector, GovRegistrantRule govRegistrantRule,
                               TokenSource tokens, IssuancePolicy policy, Transactions transactions, Clock clock) {
        this.access = access;
        this.csrInspector = csrInspector;
        this.govRegistrantRule = govRegistrantRule;
        this.tokens = tokens;
        this.policy = policy;
        this.transactions = transactions;
        this.clock = clock;
    }

    public Certificate resubmit(Actor actor, CertificateId id, CertificateApplication modified) {
        actor.requireCustomerTenant();
        var type = transactions.inTransaction(() -> access.load(actor, id).product().type());
        SubmitApplication.ApplicationChecks.check(modified, csrInspector, govRegistrantRule, type);
        return transactions.inTransaction(() -> {
            Certificate certificate = access.load(actor, id);
            certificate.resubmit(modified, tokens, policy, clock.instant());
            return access.save(actor, certificate);
        });
    }
}
