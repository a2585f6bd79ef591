package org.certdesk.domain.review;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Optional;
import org.certdesk.domain.certificate.CertificateApplication;
import org.certdesk.domain.certificate.ValidationType;
import org.certdesk.domain.name.DomainName;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.Refusal;

/**
 * The seed's prerequisite: an OV application for a .gov name needs the organization name to
 * match the Whois registrant. Compared ignoring case, accents and runs of spaces or punctuation.
 */
public final class GovRegistrantRule {

    private static final FieldName LEGAL_NAME = FieldName.of("legalName");

    private final Whois whois;

    public GovRegistrantRule(Whois whois) {
        this.whois = whois;
    }

    /**
     * The problem to show before submission, at the organization name, or empty when the rule is
     * satisfied or does not apply.
     */
    public Optional<Refusal> problemWith(ValidationType type, CertificateApplication application) {
        if (type != ValidationType.OV || application.organization() == null) {
            return Optional.empty();
        }
        String organization = application.organization().legalName();
        for (DomainName name : application.identifiers().domainNames()) {
            if (!name.isGov()) {
                continue;
            }
            Optional<String> registrant = whois.registrantOrganization(name.registrableDomain());
            if (registrant.isEmpty()) {
                return Optional.of(Refusal.of("review.govRegistrantUnavailable", name.display(), organization, LEGAL_NAME));
            }
            if (!normalize(registrant.get()).equals(normalize(organization))) {
                return Optional.of(Refusal.of("review.govRegistrantMismatch", name.display(), registrant.get(), organization,
                        LEGAL_NAME));
            }
        }
        return Optional.empty();
    }

    static String normalize(String name) {
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return folded.toLowerCase(Locale.ROOT).replaceAll("[\\p{Punct}\\s]+", " ").strip();
    }
}
