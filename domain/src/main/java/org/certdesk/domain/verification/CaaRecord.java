package org.certdesk.domain.verification;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One CAA resource record in presentation form: {@code 0 issue "ca.example; account=1"} (RFC 8659 4.1). */
public record CaaRecord(int flags, String tag, String value) {

    private static final Pattern PRESENTATION = Pattern.compile("\\s*(\\d{1,3})\\s+([A-Za-z0-9]+)\\s+\"?(.*?)\"?\\s*");

    public static Optional<CaaRecord> parse(String text) {
        Matcher m = PRESENTATION.matcher(text == null ? "" : text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new CaaRecord(Integer.parseInt(m.group(1)), m.group(2).toLowerCase(Locale.ROOT), m.group(3)));
    }

    /** RFC 8659 4.1: bit 0 (value 128) is the Issuer Critical flag. */
    public boolean isCritical() {
        return (flags & 128) != 0;
    }

    /** The issuer domain of an issue/issuewild value, before any parameters; empty means "no CA". */
    public String issuerDomain() {
        int semicolon = value.indexOf(';');
        return (semicolon < 0 ? value : value.substring(0, semicolon)).strip().toLowerCase(Locale.ROOT);
    }

    /**
     * The parameters after the issuer domain ({@code ca.example; accounturi=https://...; validationmethods=dns-01}),
     * keys in lower case (RFC 8659 4.2, RFC 8657).
     */
    public java.util.Map<String, String> parameters() {
        java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>();
        String[] parts = value.split(";");
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals > 0) {
                parameters.put(parts[i].substring(0, equals).strip().toLowerCase(Locale.ROOT), parts[i].substring(equals + 1).strip());
            }
        }
        return parameters;
    }

    /**
     * RFC 8657: an issue property with accounturi permits only that ACME account, and with
     * validationmethods only those methods. Console issuance has neither an account URI nor an
     * ACME method label, so such a record does not permit it.
     */
    public boolean permitsRequester(String accountUri, String methodLabel) {
        var parameters = parameters();
        String account = parameters.get("accounturi");
        if (account != null && !account.equals(accountUri)) {
            return false;
        }
        String methods = parameters.get("validationmethods");
        return methods == null || (methodLabel != null
                && java.util.Arrays.stream(methods.split(",")).map(String::strip).anyMatch(methodLabel::equals));
    }

    @Override
    public String toString() {
        return flags + " " + tag + " \"" + value + "\"";
    }
}
