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
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.review.GovRegistrantRule;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.verification.TokenSource;

/**
 * Use case: "Apply for Certificate" → Submit. Checks an uploaded CSR before anything is stored,
 * refuses a `.gov` OV application whose organization differs from the Whois registrant (the
 * seed's rule), then moves Pending Application → Verifying with fresh verification tokens.
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
        command.actor().requireCustomerTenant();
        ApplicationChecks.check(command.application(), csrInspector, govRegistrantRule, typeOf(command));
        return transactions.inTransaction(() -> {
            Certificate certificate = access.load(command.actor(), command.certificate());
            certificate.submit(command.application(), tokens, policy, clock.instant());
            return access.save(command.actor(), certificate);
        });
    }

    private org.certdesk.domain.certificate.ValidationType typeOf(Command command) {
        return transactions.inTransaction(() -> access.load(command.actor(), command.certificate()).product().type());
    }

    /** Checks shared by submit and resubmit, run before the transaction that changes state. */
    static final class ApplicationChecks {

        private ApplicationChecks() {
        }

        static void check(CertificateApplication application, CsrInspector csrInspector, GovRegistrantRule govRule,
                          org.certdesk.domain.certificate.ValidationType type) {
            if (application.csr() instanceof CsrSource.Uploaded uploaded) {
                csrInspector.inspect(uploaded.pem(), application.identifiers());
            }
            govRule.problemWith(type, application).ifPresent(problem -> {
                throw new DomainException(problem);
            });
        }
    }
}
