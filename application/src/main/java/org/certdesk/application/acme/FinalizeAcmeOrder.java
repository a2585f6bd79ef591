package org.certdesk.application.acme;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.certdesk.application.issuance.IssueCertificate;
import org.certdesk.application.port.CsrInspector;
import org.certdesk.application.port.Transactions;
import org.certdesk.application.support.CertificateAccess;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.acme.AcmeAccount;
import org.certdesk.domain.acme.AcmeAuthorization;
import org.certdesk.domain.acme.AcmeAuthorizations;
import org.certdesk.domain.acme.AcmeCorroboration;
import org.certdesk.domain.acme.AcmeOrder;
import org.certdesk.domain.acme.AcmeOrders;
import org.certdesk.domain.acme.AcmeProblem;
import org.certdesk.domain.acme.AcmeProblemType;
import org.certdesk.domain.acme.AcmeProfile;
import org.certdesk.domain.acme.AcmeProfiles;
import org.certdesk.domain.acme.AcmeStatus;
import org.certdesk.domain.acme.ChallengeType;
import org.certdesk.domain.acme.EabCredentials;
import org.certdesk.domain.certificate.Certificate;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.CsrSource;
import org.certdesk.domain.certificate.Product;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.policy.IssuancePolicy;
import org.certdesk.domain.shared.ConcurrentChangeException;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.verification.CaaCheck;
import org.certdesk.domain.verification.TokenSource;
import org.certdesk.domain.verification.ValidationEvidence;
import org.certdesk.domain.verification.VerificationMethod;

/**
 * Use case: finalize (RFC 8555 7.4). The CSR must name exactly the order's identifiers and pass
 * the console's key checks (badCSR otherwise); CAA is checked for every name right before
 * issuance (BR 3.2.2.8), honouring RFC 8657's accounturi and validationmethods, and corroborated
 * from the remote perspectives (BR 3.2.2.9). Then, in one
 * transaction, the order becomes a certificate of the console — a DV slot of the tenant,
 * submitted with the authorizations' evidence and issued through the same CA, policy, lint and
 * exactly-once rule as a certificate applied for by a person.
 */
public class FinalizeAcmeOrder {

    /** The brand ACME certificates are listed under in Manage Certificates. */
    public static final String BRAND = "CertDesk ACME";
    /** How often an issuance the database rolled back as a deadlock victim is tried again. */
    private static final int ATTEMPTS = 3;

    private final AcmeOrders orders;
    private final AcmeAuthorizations authorizations;
    private final EabCredentials credentials;
    private final AcmeProfiles profiles;
    private final CsrInspector csrInspector;
    private final CaaCheck caaCheck;
    private final AcmeCorroboration corroboration;
    private final CertificateAccess access;
    private final IssueCertificate issueCertificate;
    private final ReplacedCertificates replaced;
    private final TokenSource tokens;
    private final IssuancePolicy policy;
    private final Transactions transactions;
    private final Clock clock;

    public FinalizeAcmeOrder(AcmeOrders orders, AcmeAuthorizations authorizations, EabCredentials credentials,
                             AcmeProfiles profiles, CsrInspector csrInspector, CaaCheck caaCheck, AcmeCorroboration corroboration,
                             CertificateAccess access,
                             IssueCertificate issueCertificate, ReplacedCertificates replaced, TokenSource tokens, IssuancePolicy policy,
                             Transactions transactions, Clock clock) {
        this.orders = orders;
        this.authorizations = authorizations;
        this.credentials = credentials;
        this.profiles = profiles;
        this.csrInspector = csrInspector;
        this.caaCheck = caaCheck;
        this.corroboration = corroboration;
        this.access = access;
        this.issueCertificate = issueCertificate;
        this.replaced = replaced;
        this.tokens = tokens;
        this.policy = policy;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param accountUri the account's URL, which CAA accounturi parameters name (RFC 8657 3)
     */
    public AcmeOrder finalize(AcmeAccount account, long orderId, byte[] csrDer, String accountUri) {
        account.requireValid();
        AcmeOrder order = transactions.inTransaction(() -> ShowAcmeResources.refreshed(orders, authorizations,
                ShowAcmeResources.ownOrder(orders, account, orderId), clock));
        if (order.status() != AcmeStatus.READY) {
            order.beginFinalization(); // refuses with orderNotReady and the reason
        }
        String csrPem = inspectedCsr(csrDer, order.identifiers());
        List<AcmeAuthorization> proofs = transactions.inTransaction(() -> authorizations.findAll(order.authorizations()));
        // DNS lookups run before the transaction that issues: a slow resolver holds no locks.
        caaRefusal(proofs, accountUri).ifPresent(refusal -> {
            transactions.inTransaction(() -> {
                AcmeOrder current = ShowAcmeResources.ownOrder(orders, account, orderId);
                current.fail(AcmeProblemType.CAA, refusal);
                orders.save(current);
            });
            throw new AcmeProblem(AcmeProblemType.CAA, refusal);
        });
        AcmeProfile profile = profiles.find(order.profile())
                .orElseThrow(() -> new AcmeProblem(AcmeProblemType.INVALID_PROFILE, "The profile '" + order.profile()
                        + "' is no longer offered."));
        var contact = credentials.find(account.eabKeyId()).orElseThrow().contact();
        Actor actor = AcmeActors.of(account);
        for (int attempt = 1; ; attempt++) {
            try {
                return issue(account, orderId, order, csrPem, contact, actor, proofs, profile);
            } catch (ConcurrentChangeException collided) {
                // The database rolled the whole attempt back (a deadlock with another issuance, or a
                // concurrent finalize of this order): nothing of it was written. Look again.
                AcmeOrder now = transactions.inTransaction(() -> ShowAcmeResources.ownOrder(orders, account, orderId));
                if (now.status() == AcmeStatus.VALID) {
                    return now; // the other finalize issued it: one certificate, and this answer names it
                }
                if (now.status() != AcmeStatus.READY || attempt == ATTEMPTS) {
                    throw collided;
                }
            }
        }
    }

    private AcmeOrder issue(AcmeAccount account, long orderId, AcmeOrder order, String csrPem,
                            org.certdesk.domain.certificate.Contact contact, Actor actor, List<AcmeAuthorization> proofs,
                            AcmeProfile profile) {
        return transactions.inTransaction(() -> {
            AcmeOrder current = ShowAcmeResources.refreshed(orders, authorizations,
                    ShowAcmeResources.ownOrder(orders, account, orderId), clock);
            current.beginFinalization();
            Instant now = clock.instant();
            Certificate slot = access.save(actor, Certificate.purchase(account.tenant(), productFor(order.identifiers()), now));
            CertificateApplication application = new CertificateApplication(order.identifiers(), CsrSource.uploaded(csrPem),
                    contact, null, null, VerificationMethod.DNS_TXT);
            List<ValidationEvidence> evidence = proofs.stream().flatMap(a -> a.evidence().stream()).toList();
            slot.submit(application, evidence, tokens, policy, now);
            issueCertificate.issue(slot, profile.fixedValidity().orElse(null));
            Certificate issued = access.save(actor, slot);
            current.issued(issued.id());
            replaced.linkReplacement(current, issued.id(), now);
            return orders.save(current);
        });
    }

    private String inspectedCsr(byte[] csrDer, Identifiers identifiers) {
        try {
            String pem = csrInspector.pemOf(csrDer);
            csrInspector.inspect(pem, identifiers);
            return pem;
        } catch (DomainException refused) {
            throw new AcmeProblem(AcmeProblemType.BAD_CSR, refused.getMessage());
        }
    }

    private Optional<String> caaRefusal(List<AcmeAuthorization> proofs, String accountUri) {
        for (AcmeAuthorization proof : proofs) {
            if (proof.identifier() instanceof DomainName name) {
                String method = proof.evidence().map(e -> methodLabel(e.method())).orElse(null);
                Optional<String> refusal = caaCheck.refusalFor(name, accountUri, method);
                if (refusal.isEmpty()) {
                    // BR 3.2.2.9: the primary's CAA permission, corroborated by the remote perspectives
                    refusal = corroboration.caaRefusal(name, accountUri, method, clock.instant());
                }
                if (refusal.isPresent()) {
                    return refusal;
                }
            }
        }
        return Optional.empty();
    }

    private static String methodLabel(VerificationMethod method) {
        for (ChallengeType type : ChallengeType.values()) {
            if (type.method() == method) {
                return type.protocolName();
            }
        }
        return null;
    }

    /** The DV slot an order becomes: one name, one wildcard, or a multi-domain certificate. */
    static Product productFor(Identifiers identifiers) {
        if (identifiers.size() > 1) {
            return Product.multiDomain(BRAND, ValidationType.DV, identifiers.size());
        }
        Identifier only = identifiers.first();
        return only.isWildcard() ? Product.wildcard(BRAND, ValidationType.DV) : Product.single(BRAND, ValidationType.DV);
    }
}
