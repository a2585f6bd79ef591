package org.certdesk.domain.acme;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import org.certdesk.domain.account.TenantId;

/**
 * An ACME account (RFC 8555 7.1.2): a public key that belongs to one tenant, bound to it by the
 * external account binding it was created with. The key is kept as its JWK (RFC 7517) and
 * found by its RFC 7638 thumbprint, which also makes the key authorizations of its challenges.
 */
public record AcmeAccount(AcmeAccountId id, TenantId tenant, String keyThumbprint, String jwkJson, List<String> contacts,
                          AcmeAccountStatus status, String eabKeyId, Instant createdAt, Instant lastOrderAt) {

    public AcmeAccount {
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(keyThumbprint, "keyThumbprint");
        Objects.requireNonNull(jwkJson, "jwkJson");
        contacts = List.copyOf(contacts);
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(eabKeyId, "eabKeyId");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public static AcmeAccount register(TenantId tenant, String keyThumbprint, String jwkJson, List<String> contacts,
                                       String eabKeyId, Instant now) {
        return new AcmeAccount(null, tenant, keyThumbprint, jwkJson, contacts, AcmeAccountStatus.VALID, eabKeyId, now, null);
    }

    public boolean isValid() {
        return status == AcmeAccountStatus.VALID;
    }

    /** Refuses every request of an account that is no longer valid (RFC 8555 7.3.6). */
    public AcmeAccount requireValid() {
        if (!isValid()) {
            throw new AcmeProblem(AcmeProblemType.UNAUTHORIZED, "This ACME account is " + status.protocolName() + ".");
        }
        return this;
    }

    public AcmeAccount withId(AcmeAccountId newId) {
        return new AcmeAccount(newId, tenant, keyThumbprint, jwkJson, contacts, status, eabKeyId, createdAt, lastOrderAt);
    }

    public AcmeAccount withContacts(List<String> newContacts) {
        return new AcmeAccount(id, tenant, keyThumbprint, jwkJson, newContacts, status, eabKeyId, createdAt, lastOrderAt);
    }

    /** RFC 8555 7.3.6: deactivation is final. */
    public AcmeAccount deactivated() {
        requireValid();
        return new AcmeAccount(id, tenant, keyThumbprint, jwkJson, contacts, AcmeAccountStatus.DEACTIVATED, eabKeyId, createdAt,
                lastOrderAt);
    }

    /** RFC 8555 7.3.5: the account keeps everything, only its key changes. */
    public AcmeAccount withKey(String newThumbprint, String newJwkJson) {
        requireValid();
        return new AcmeAccount(id, tenant, newThumbprint, newJwkJson, contacts, status, eabKeyId, createdAt, lastOrderAt);
    }
}
