package org.certdesk.application.apply;

import java.time.Clock;

import org.certdesk.application.port.CsrInspector;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.review.GovRegistrantRule;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.verification.TokenSource;

/**
 * Use case: "Apply for Certificate" → Submit. Checks an uploaded CSR before anything is stored,
 * refuses a `.gov` OV application whose organization differs from the Whois registrant (the
 * seed's rule), then moves Pending Application → Verifying with fresh verification tokens; or,
 * after Validation Failed, resubmits the modified application as a new round (history kept).
 * The checks may ask Whois over the network, so they run before the transaction that writes.
 */
public class SubmitApplication {

    private final CertificateAccess access;
    private final CsrInspector csrInspector;
    private final GovRegistrantRule govRegistrantRule;
    private final TokenSource tokens;
    private final IssuancePolicy policy;
    private final Transactions transactions;
    private final Clock clock;

    public SubmitApplication(CertificateAccess access, CsrInspector csrInspector, GovRegistrantRule govRegistrantRule,
                             TokenSource tokens, IssuancePolicy policy, Transactions transactions, Clock clock) {
        this.access = access;
        this.csrInspector = csrInspector;
        this.govRegistrantRule = govRegistrantRule;
        this.tokens = tokens;
        this.policy = policy;
        this.transactions = transactions;
        this.clock = clock;
    }

    public record Command(Actor actor, CertificateId certificate, CertificateApplication application) {
    }

    public Certificate submit(Command command) {
        check(command);
        return transactions.inTransaction(() -> {
            Certificate certificate = access.load(command.actor(), command.certificate());
            certificate.submit(command.application(), tokens, policy, clock.instant());
            return access.save(command.actor(), certificate);
        });
    }

    /** Modify and resubmit after Validation Failed: a new round, fresh tokens, the old round kept. */
    public Certificate resubmit(Command command) {
        check(command);
        return transactions.inTransaction(() -> {
            Certificate certificate = access.load(command.actor(), command.certificate());
            certificate.resubmit(command.application(), tokens, policy, clock.instant());
            return access.save(command.actor(), certificate);
        });
    }

    private void check(Command command) {
        command.actor().requireCustomerTenant();
        CertificateApplication application = command.application();
        ValidationType type = transactions.inTransaction(() -> access.load(command.actor(), command.certificate()).product().type());
        if (application.csr() instanceof CsrSource.Uploaded uploaded) {
            csrInspector.inspect(uploaded.pem(), application.identifiers());
        }
        // The rule compares the organization name with the Whois registrant: the refusal belongs there.
        govRegistrantRule.problemWith(type, application).ifPresent(problem -> {
            throw new DomainException(Refusal.of("untranslated", problem, FieldName.of("legalName")));
        });
    }
}
