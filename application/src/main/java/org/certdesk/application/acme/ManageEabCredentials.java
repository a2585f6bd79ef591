package org.certdesk.application.acme;

import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Optional;

import org.certdesk.application.port.Transactions;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.account.Role;
import org.certdesk.domain.acme.EabCredential;
import org.certdesk.domain.acme.EabCredentials;
import org.certdesk.domain.audit.AuditEntry;
import org.certdesk.domain.audit.AuditLog;
import org.certdesk.domain.certificate.Contact;
import org.certdesk.domain.shared.NotFoundException;
import org.certdesk.domain.shared.NotPermittedException;
import org.certdesk.domain.shared.Refusal;
import org.certdesk.domain.verification.TokenSource;

/**
 * Use case: a customer makes external account binding credentials for an ACME client (RFC 8555
 * 7.3.4), sees them listed and revokes them. The HMAC key is shown once, at creation; afterwards
 * only its key id is.
 */
public class ManageEabCredentials {

    private static final String BASE64URL = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    /** 44 base64url characters are exactly 33 bytes (264 bits), more than HS256's 256-bit block needs. */
    private static final int KEY_CHARACTERS = 44;

    private final EabCredentials credentials;
    private final TokenSource random;
    private final AuditLog auditLog;
    private final Transactions transactions;
    private final Clock clock;

    public ManageEabCredentials(EabCredentials credentials, TokenSource random, AuditLog auditLog, Transactions transactions,
                                Clock clock) {
        this.credentials = credentials;
        this.random = random;
        this.auditLog = auditLog;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** The key id and the base64url HMAC key, as ACME clients take them (certbot --eab-kid / --eab-hmac-key). */
    public record NewCredential(String keyId, String hmacKeyBase64Url) {
    }

    public NewCredential create(Actor actor, Contact contact) {
        var tenant = actor.requireCustomerTenant();
        String keyId = "kid-" + random.randomString(BASE64URL.substring(0, 62), 20);
        String hmacKey = random.randomString(BASE64URL, KEY_CHARACTERS);
        var credential = new EabCredential(keyId, tenant, Base64.getUrlDecoder().decode(hmacKey), contact, actor.username(),
                clock.instant(), null, null);
        transactions.inTransaction(() -> {
            credentials.insert(credential);
            auditLog.record(AuditEntry.of(actor, clock.instant(), tenant, null, "ACME credentials created", null, null, keyId));
        });
        return new NewCredential(keyId, hmacKey);
    }

    public List<EabCredential> list(Actor actor) {
        return transactions.inTransaction(() -> credentials.list(scope(actor)));
    }

    public void revoke(Actor actor, String keyId) {
        transactions.inTransaction(() -> {
            EabCredential credential = credentials.find(keyId)
                    .filter(c -> actor.role() == Role.ADMIN || c.tenant().equals(actor.tenant()))
                    .orElseThrow(() -> new NotFoundException(Refusal.of("acme.noCredentials", String.valueOf(keyId))));
            credentials.update(credential.revoked(clock.instant()));
            auditLog.record(AuditEntry.of(actor, clock.instant(), credential.tenant(), null, "ACME credentials revoked", null, null,
                    keyId));
        });
    }

    /** A customer sees its tenant's, an admin everyone's; reviewers have no business here. */
    static Optional<org.certdesk.domain.account.TenantId> scope(Actor actor) {
        return switch (actor.role()) {
            case CUSTOMER -> Optional.of(actor.tenant());
            case ADMIN -> Optional.empty();
            default -> throw new NotPermittedException(Refusal.of("permission.acmeCredentials"));
        };
    }
}
