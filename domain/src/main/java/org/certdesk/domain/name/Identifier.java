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

    /**
     * An identifier read back from storage, in the ASCII form {@link #value()} gave. It was valid
     * when it was stored; the rules only tighten (a newer Public Suffix List, new BR ranges, the
     * confusable checks), and a stored certificate must stay readable when they do, so nothing is
     * re-validated here.
     */
    static Identifier restore(String stored) {
        if (InetAddresses.isInetAddress(stored)) {
            return IpAddress.restore(stored);
        }
        return DomainName.restore(stored);
    }
}
