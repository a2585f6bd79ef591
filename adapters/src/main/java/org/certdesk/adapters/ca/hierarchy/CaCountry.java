package org.certdesk.adapters.ca.hierarchy;

import java.util.Locale;
import java.util.Set;

/**
 * The countryName of the CA's own subjects: BR 7.1.2.10.2 requires it in root and subordinate CA
 * certificates, as the ISO 3166-1 alpha-2 code of the country of the CA's place of business. The
 * list of codes is the JDK's, not ours.
 */
public record CaCountry(String code) {

    public static final String PROPERTY = "certdesk.ca.country";
    private static final Set<String> ISO_3166_ALPHA_2 = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    public CaCountry {
        if (code == null || !ISO_3166_ALPHA_2.contains(code)) {
            throw new IllegalArgumentException(PROPERTY + " must be an ISO 3166-1 alpha-2 country code such as US or DE, not '"
                    + code + "'.");
        }
    }

    /** Accepts the configured value in either case ("de" is DE). */
    public static CaCountry of(String configured) {
        return new CaCountry(configured == null ? null : configured.strip().toUpperCase(Locale.ROOT));
    }
}
