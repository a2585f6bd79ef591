package org.certdesk.application.acme;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.certdesk.domain.acme.AcmeProblem;
import org.certdesk.domain.acme.AcmeProblemType;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.name.Identifier;
import org.certdesk.domain.name.Identifiers;
import org.certdesk.domain.name.IpAddress;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Quote;

/** An identifier object of a newOrder request (RFC 8555 7.1.3, RFC 8738 for "ip"). */
public record AcmeIdentifierInput(String type, String value) {

    /**
     * Each identifier costs an authorization and a validation: an order is capped where Boulder
     * caps it (maxNames), well inside the catalogue's 250 name slots.
     */
    public static final int MAX_PER_ORDER = 100;

    /** Parses with the console's own rules; a name they refuse is rejectedIdentifier, an unknown type unsupportedIdentifier. */
    static Identifiers parseAll(List<AcmeIdentifierInput> inputs) {
        if (inputs == null || inputs.isEmpty()) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, "An order names at least one identifier.");
        }
        if (inputs.size() > MAX_PER_ORDER) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED,
                    "An order names at most " + MAX_PER_ORDER + " identifiers; this one names " + inputs.size() + ".");
        }
        List<Identifier> parsed = new ArrayList<>();
        for (AcmeIdentifierInput input : inputs) {
            String type = input.type() == null ? "" : input.type().toLowerCase(Locale.ROOT);
            try {
                parsed.add(switch (type) {
                    case "dns" -> withoutReviewRisk(DomainName.parse(input.value()));
                    case "ip" -> IpAddress.parse(input.value());
                    default -> throw new AcmeProblem(AcmeProblemType.UNSUPPORTED_IDENTIFIER,
                            "Identifier type '" + Quote.of(input.type()) + "' is not supported; use dns or ip.");
                });
            } catch (DomainException refused) {
                throw new AcmeProblem(AcmeProblemType.REJECTED_IDENTIFIER,
                        "'" + Quote.of(input.value()) + "' cannot be in a certificate: " + refused.getMessage());
            }
        }
        try {
            return Identifiers.of(parsed);
        } catch (DomainException refused) {
            throw new AcmeProblem(AcmeProblemType.MALFORMED, refused.getMessage());
        }
    }

    /**
     * A name that can pass for a Latin one is a High Risk Certificate Request (BR 1.6.1, 4.2.1):
     * the console holds it for a reviewer, which an ACME order cannot wait for.
     */
    private static DomainName withoutReviewRisk(DomainName name) {
        name.latinLookalike().ifPresent(latin -> {
            throw new AcmeProblem(AcmeProblemType.REJECTED_IDENTIFIER, "'" + name.display() + "' can be mistaken for '" + latin
                    + "' (its letters are all from another script, UTS #39): such a name needs a reviewer; apply for it in the console.");
        });
        return name;
    }
}
