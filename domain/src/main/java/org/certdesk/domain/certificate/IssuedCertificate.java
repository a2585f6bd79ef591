package org.certdesk.domain.certificate;

import java.time.Instant;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Quote;

/**
 * The reference to what the CA signed: serial (hex, at least 64 random bits and at most 20
 * octets, BR 7.1 and RFC 5280 4.1.2.2) and validity.
 */
public record IssuedCertificate(String serialHex, Instant notBefore, Instant notAfter) {

    public IssuedCertificate {
        if (serialHex == null || !serialHex.matches("[0-9a-fA-F]{16,40}")) {
            throw new DomainException("A serial number is 16 to 40 hexadecimal digits, got '" + Quote.of(serialHex) + "'.");
        }
        serialHex = serialHex.toLowerCase(java.util.Locale.ROOT);
        if (notBefore == null || notAfter == null || !notAfter.isAfter(notBefore)) {
            throw new DomainException("An issued certificate's notAfter must be later than its notBefore.");
        }
    }

    public boolean isExpiredAt(Instant instant) {
        return instant.isAfter(notAfter);
    }
}
