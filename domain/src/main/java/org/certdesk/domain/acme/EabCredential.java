package org.certdesk.domain.acme;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import org.certdesk.domain.account.TenantId;
import org.certdesk.domain.certificate.Contact;

/**
 * External account binding credentials (RFC 8555 7.3.4): a key id and an HMAC key a customer
 * makes in the console and gives to an ACME client, so the account it creates belongs to the
 * customer's tenant. One credential binds one account. The contact receives the mail about the
 * certificates that account obtains (issued, revoked), as the contact of an application would.
 */
public record EabCredential(String keyId, TenantId tenant, byte[] hmacKey, Contact contact, String createdBy,
                            Instant createdAt, Instant revokedAt, AcmeAccountId boundAccount) {

    public EabCredential {
        Objects.requireNonNull(keyId, "keyId");
        Objects.requireNonNull(tenant, "tenant");
        Objects.requireNonNull(hmacKey, "hmacKey");
        Objects.requireNonNull(contact, "contact");
        Objects.requireNonNull(createdAt, "createdAt");
    }

    public boolean isRevoked() {
        return revokedAt != null;
    }

    public Optional<AcmeAccountId> account() {
        return Optional.ofNullable(boundAccount);
    }

    /** Checks the credential may still create an account; a used or revoked one may not. */
    public void requireUnused() {
        if (isRevoked()) {
            throw new AcmeProblem(AcmeProblemType.UNAUTHORIZED, "The external account binding key '" + keyId + "' was revoked.");
        }
        if (boundAccount != null) {
            throw new AcmeProblem(AcmeProblemType.UNAUTHORIZED,
                    "The external account binding key '" + keyId + "' is already bound to an account.");
        }
    }

    public EabCredential boundTo(AcmeAccountId account) {
        requireUnused();
        return new EabCredential(keyId, tenant, hmacKey, contact, createdBy, createdAt, null, account);
    }

    public EabCredential revoked(Instant at) {
        return isRevoked() ? this : new EabCredential(keyId, tenant, hmacKey, contact, createdBy, createdAt, at, boundAccount);
    }
}
