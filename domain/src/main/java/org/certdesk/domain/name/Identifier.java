package org.certdesk.domain.name;

import com.google.common.net.InetAddresses;

/** Something a certificate can name in its subjectAltName: a domain name or an IP address. */
public sealed interface Identifier permits DomainName, IpAddress {

    /** The ASCII form as it goes into the certificate (punycode for IDNs). */
    String value();

    /** What people see: for an IDN the Unicode form with its A-label beside it, {@code münchen.de (xn--mnchen-3ya.de)}. */
    String display();

    boolean isWildcard();

    /** Picks the kind by syntax alone: a literal address is an IP, anything else must be a name. */
    static Identifier parse(String input) {
        String trimmed = input == null ? "" : input.strip();
        if (InetAddresses.isInetAddress(trimmed)) {
            return IpAddress.parse(trimmed);
        }
        return DomainName.parse(trimmed);
    }

    /** As {@link #parse}, for a value read back from storage ({@link DomainName#restore}). */
    static Identifier restore(String stored) {
        String trimmed = stored == null ? "" : stored.strip();
        if (InetAddresses.isInetAddress(trimmed)) {
            return IpAddress.parse(trimmed);
        }
        return DomainName.restore(trimmed);
    }
}
