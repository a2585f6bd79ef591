package org.certdesk.domain.acme;

import java.util.Locale;

/** RFC 8555 7.1.2: an account is valid until its holder deactivates it or the CA revokes it. */
public enum AcmeAccountStatus {
    VALID, DEACTIVATED, REVOKED;

    public String protocolName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
