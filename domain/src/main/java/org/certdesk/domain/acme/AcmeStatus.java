package org.certdesk.domain.acme;

import java.util.Locale;

/** The statuses of RFC 8555 7.1.6, shared by orders, authorizations and challenges. */
public enum AcmeStatus {
    PENDING, PROCESSING, READY, VALID, INVALID, DEACTIVATED, EXPIRED, REVOKED;

    public String protocolName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
