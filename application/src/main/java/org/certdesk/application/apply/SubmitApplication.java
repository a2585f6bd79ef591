package org.certdesk.application.apply;

import java.time.Clock;
import java.time.Instant;
import java.util.List;

import org.certdesk.application.port.CsrInspector;
import org.certdesk.application.port.EvidenceReuses;
import org.certdesk.application.port.EvidenceReuses.ReusedBy;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.acme.AcmeAuthorizations;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CertificateId;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.review.GovRegistrantRule;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.verification.TokenSource;
import org.certdesk.domain.verification.ValidationEvidence;

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
    private final AcmeAuthorizations acmeAuthorizations;
    private final EvidenceReuses evidenceReuses;
    private final Transactions transactions;
    private final Clock clock;

    public SubmitApplication(CertificateAccess access, CsrInspector csrInspector, GovRegistrantRule govRegistrantRule,
                             TokenSource tokens, IssuancePolicy policy, AcmeAuthorizations acmeAuthorizations,
                             EvidenceReuses evidenceReuses, Transactions transactions, Clock clock) {
        this.acmeAuthorizations = acmeAuthorizations;
        this.evidenceReuses = evidenceReuses;
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
            Instant now = clock.instant();
            List<ValidationEvidence> fromAcme = acmeEvidence(certificate, command.application(), now);
            certificate.submit(command.application(), fromAcme, tokens, policy, now);
            Certificate saved = access.save(command.actor(), certificate);
            // The evidence ledger lists these under the ACME order that gathered them, reused by this certificate.
            fromAcme.forEach(evidence -> evidenceReuses.record(saved.tenant(), evidence, ReusedBy.certificate(saved.id()), now));
            return saved;
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

    /**
     * Names the tenant's ACME clients proved recently start verified (BR 4.2.1 reuse): a name is
     * validated once, whichever way in was used.
     */
    private List<ValidationEvidence> acmeEvidence(Certificate certificate, CertificateApplication application, Instant now) {
        return application.identifiers().asList().stream()
                .flatMap(identifier -> acmeAuthorizations.findReusable(certificate.tenant(), identifier, now).stream())
                .flatMap(authorization -> authorization.evidence().stream())
                .toList();
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
            throw new DomainException(problem);
        });
    }
}
