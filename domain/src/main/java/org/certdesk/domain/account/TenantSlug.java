package org.certdesk.domain.account;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A tenant's own DNS label, e.g. {@code acme-corporation}: its part of the demo zone is
 * {@code acme-corporation.example.test}. Derived once from the tenant's name and stored, so a
 * renamed tenant keeps its names; a numeric suffix ({@code -2}, {@code -3}, ...) makes it unique.
 */
public record TenantSlug(String value) {

    /** Room for a suffix within a label's 63 characters (RFC 1035 2.3.4). */
    static final int BASE_LENGTH = 40;
    /** Letters, digits and inner hyphens, at most 63 characters (RFC 1035 2.3.1, RFC 1123 2.1). */
    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");
    private static final String FALLBACK = "tenant";

    public TenantSlug {
        if (value == null || !LABEL.matcher(value).matches() || value.startsWith("--", 2)) {
            // "--" in the third and fourth place is reserved for A-labels and the like (RFC 5891 4.2.3.1).
            throw new IllegalArgumentException("Not a DNS label for a tenant: " + value);
        }
    }

    /** The label the name suggests: ASCII letters and digits, accents dropped, other runs turned into one hyphen. */
    public static TenantSlug base(String tenantName) {
        String ascii = Normalizer.normalize(tenantName, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
        String label = trimHyphens(ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-"));
        label = trimHyphens(label.substring(0, Math.min(BASE_LENGTH, label.length())));
        return new TenantSlug(label.isEmpty() ? FALLBACK : label);
    }

    /** The slugs to try in order for a new tenant: the base, then the base with -2, -3, ... */
    public static Stream<TenantSlug> candidates(String tenantName) {
        TenantSlug base = base(tenantName);
        return Stream.concat(Stream.of(base),
                Stream.iterate(2, n -> n + 1).map(n -> new TenantSlug(base.value() + "-" + n)));
    }

    private static String trimHyphens(String label) {
        int start = 0;
        int end = label.length();
        while (start < end && label.charAt(start) == '-') {
            start++;
        }
        while (end > start && label.charAt(end - 1) == '-') {
            end--;
        }
        return label.substring(start, end);
    }

    @Override
    public String toString() {
        return value;
    }
}
