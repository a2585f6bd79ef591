package org.certdesk.application.details;

import java.util.List;

import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.shared.DomainException;

/** SANs as written in a certificate, shown as the console shows names elsewhere (Unicode with the A-label). */
final class SanDisplay {

    private SanDisplay() {
    }

    static List<String> of(List<String> sans) {
        return sans.stream().map(SanDisplay::of).toList();
    }

    /** A certificate from elsewhere may name what the console would not; it is then shown as written. */
    static String of(String san) {
        try {
            return Identifier.restore(san).display();
        } catch (DomainException | IllegalArgumentException notAName) {
            return san;
        }
    }
}
