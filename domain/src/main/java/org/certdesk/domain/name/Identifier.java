package org.certdesk.domain.name;

import com.google.common.net.InetAddresses;

/** Something a certificate can name in its subjectAltName: a domain name or an IP address. */
public sealed interface Identifier permits DomainName, IpAddress {

    /** The ASCII form as it goes into the certificate (punycode for IDNs). */
    String value();

    /** What the customer sees (Unicode for IDNs). */
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
}
