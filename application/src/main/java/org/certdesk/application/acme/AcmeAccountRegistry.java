package org.certdesk.application.acme;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.acme.AcmeAccount;
import org.certdesk.domain.acme.AcmeAccountId;
import org.certdesk.domain.acme.AcmeAccounts;
import org.certdesk.domain.acme.AcmeProblem;
import org.certdesk.domain.acme.AcmeProblemType;
import org.certdesk.domain.acme.EabCredential;
import org.certdesk.domain.acme.EabCredentials;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.shared.NotFoundException;
import org.certdesk.domain.shared.Refusal;

/**
 * Use cases of ACME accounts (RFC 8555 7.3): create one with external account binding, look one
 * up by key or id, update its contacts, roll its key over, deactivate it, and the console's list.
 * The JWS signatures themselves are checked at the HTTP edge; this class decides what they may do.
 */
public class AcmeAccountRegistry {

    private final AcmeAccounts accounts;
    private final EabCredentials credentials;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final Clock clock;

    public AcmeAccountRegistry(AcmeAccounts accounts, EabCredentials credentials, AuditLog auditLog, Transactions transactions,
                               Clock clock) {
        this.accounts = accounts;
        this.credentials = credentials;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    /**
     * @param eabKeyId       the kid of the externalAccountBinding JWS, null when the client sent none
     * @param macVerifiesWith whether the binding's HMAC verifies with a given key (checked by the edge's JOSE library)
     */
    public record NewAccount(String keyThumbprint, String jwkJson, List<String> contacts, String eabKeyId,
                             Predicate<byte[]> macVerifiesWith) {
    }

    public record Registration(AcmeAccount account, boolean created) {
    }

    /** RFC 8555 7.3: a key that already has an account gets that account back, unchanged. */
    public Registration register(NewAccount request) {
        return transactions.inTransaction(() -> {
            Optional<AcmeAccount> existing = accounts.findByThumbprint(request.keyThumbprint());
            if (existing.isPresent()) {
                return new Registration(existing.get(), false);
            }
            if (request.eabKeyId() == null) {
                throw new AcmeProblem(AcmeProblemType.EXTERNAL_ACCOUNT_REQUIRED,
                        "CertDesk requires external account binding: create ACME credentials in the console's ACME page.");
            }
            EabCredential credential = credentials.find(request.eabKeyId())
                    .orElseThrow(() -> new AcmeProblem(AcmeProblemType.UNAUTHORIZED,
                            "Unknown external account binding key id '" + request.eabKeyId() + "'."));
            if (!request.macVerifiesWith().test(credential.hmacKey())) {
                throw new AcmeProblem(AcmeProblemType.UNAUTHORIZED,
                        "The external account binding's MAC does not verify with the key of '" + request.eabKeyId() + "'.");
            }
            credential.requireUnused();
            AcmeAccount saved = accounts.save(AcmeAccount.register(credential.tenant(), request.keyThumbprint(), request.jwkJson(),
                    request.contacts(), credential.keyId(), clock.instant()));
            credentials.update(credential.boundTo(saved.id()));
            audit(saved, "ACME account created", "with credentials " + credential.keyId());
            return new Registration(saved, true);
        });
    }

    public Optional<AcmeAccount> byThumbprint(String keyThumbprint) {
        return transactions.inTransaction(() -> accounts.findByThumbprint(keyThumbprint));
    }

    /** The account a kid URL names; unknown ids are accountDoesNotExist (RFC 8555 7.3.1). */
    public AcmeAccount byId(long id) {
        return transactions.inTransaction(() -> find(id));
    }

    public AcmeAccount updateContacts(long id, List<String> contacts) {
        return transactions.inTransaction(() -> accounts.save(find(id).requireValid().withContacts(contacts)));
    }

    public AcmeAccount deactivate(long id) {
        return transactions.inTransaction(() -> {
            AcmeAccount saved = accounts.save(find(id).deactivated());
            audit(saved, "ACME account deactivated", "by its key holder");
            return saved;
        });
    }

    /** RFC 8555 7.3.5: refused with a conflict when another account already uses the new key. */
    public AcmeAccount rollKey(long id, String newThumbprint, String newJwkJson) {
        return transactions.inTransaction(() -> {
            AcmeAccount account = find(id).requireValid();
            if (accounts.findByThumbprint(newThumbprint).isPresent()) {
                throw new AcmeProblem(AcmeProblemType.CONFLICT, "The new key is already the key of an ACME account.");
            }
            AcmeAccount saved = accounts.save(account.withKey(newThumbprint, newJwkJson));
            audit(saved, "ACME account key changed", "new key thumbprint " + newThumbprint);
            return saved;
        });
    }

    /** The console's list: a customer sees its tenant's accounts, an admin everyone's. */
    public List<AcmeAccount> list(Actor actor) {
        return transactions.inTransaction(() -> accounts.list(ManageEabCredentials.scope(actor)));
    }

    /** A customer (or an admin) deactivates an account from the console, e.g. for a lost server. */
    public void deactivate(Actor actor, long id) {
        transactions.inTransaction(() -> {
            AcmeAccount account = accounts.find(new AcmeAccountId(id))
                    .filter(a -> actor.role() == Role.ADMIN || a.tenant().equals(ManageEabCredentials.scope(actor).orElseThrow()))
                    .orElseThrow(() -> new NotFoundException(Refusal.of("acme.noAccount", String.valueOf(id))));
            AcmeAccount saved = accounts.save(account.deactivated());
            auditLog.record(AuditEntry.of(actor, clock.instant(), saved.tenant(), null, "ACME account deactivated", null, null,
                    "account " + id));
        });
    }

    private AcmeAccount find(long id) {
        return accounts.find(new AcmeAccountId(id))
                .orElseThrow(() -> new AcmeProblem(AcmeProblemType.ACCOUNT_DOES_NOT_EXIST, "No ACME account " + id + "."));
    }

    private void audit(AcmeAccount account, String action, String detail) {
        auditLog.record(AuditEntry.of(AcmeActors.of(account), clock.instant(), account.tenant(), null, action, null, null, detail));
    }
}
