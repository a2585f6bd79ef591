package org.certdesk.domain.name;

import com.google.common.net.InternetDomainName;
import com.ibm.icu.text.IDNA;
import java.net.IDN;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.FieldName;
import org.certdesk.domain.shared.Refusal;

/**
 * A fully qualified domain name, possibly a wildcard, kept in both ASCII (punycode) and Unicode.
 *
 * <p>Rules: LDH labels of 1-63 characters without a leading or trailing hyphen, at most 253
 * characters in all (RFC 1035); a wildcard only as the whole left-most label (BR 1.6.1
 * "Wildcard Domain Name"); never a wildcard directly on a public suffix (BR 3.2.2.6); the name
 * must sit under a public suffix, since internal names are forbidden in public certificates
 * (BR 4.2.2), except under the reserved demo TLD {@code .test} (RFC 6761), which CertDesk serves
 * from its embedded demo DNS and marks as demo; no names under an IP Reverse Zone Suffix
 * (BR 4.2.2, effective 2026-03-15); no label that mixes scripts, and a flag on a name that
 * imitates a Latin one ({@link Homographs}, UTS #39).
 */
public final class DomainName implements Identifier {

    static final String DEMO_TLD = "test";
    private static final String WILDCARD_PREFIX = "*.";
    private static final int MAX_LENGTH = 253;
    private static final int MAX_LABEL_LENGTH = 63;
    private static final List<String> DEVIATIONS = List.of("ß", "ς", "\u200c", "\u200d");
    private static final Pattern LDH = Pattern.compile("[a-z0-9-]+");
    /** IDNA2008 as browsers apply it (UTS #46, nontransitional), checking bidi and joiner context. */
    private static final IDNA UTS46 = IDNA.getUTS46Instance(IDNA.NONTRANSITIONAL_TO_ASCII | IDNA.NONTRANSITIONAL_TO_UNICODE
            | IDNA.CHECK_BIDI | IDNA.CHECK_CONTEXTJ | IDNA.CHECK_CONTEXTO);

    private final String ascii;
    private final String unicode;
    private final boolean wildcard;
    private final boolean demo;
    private final String latinLookalike;

    private DomainName(String ascii, String unicode, boolean wildcard, boolean demo, String latinLookalike) {
        this.ascii = ascii;
        this.unicode = unicode;
        this.wildcard = wildcard;
        this.demo = demo;
        this.latinLookalike = latinLookalike;
    }

    /** A name as typed or received: every rule applies. */
    public static DomainName parse(String input) {
        if (input == null || input.isBlank()) {
            throw new DomainException(Refusal.of("name.required", FieldName.NAMES));
        }
        String typed = input.strip();
        // A single trailing dot is the DNS root; certificates never carry it.
        String name = typed.endsWith(".") ? typed.substring(0, typed.length() - 1) : typed;
        boolean wildcard = name.startsWith(WILDCARD_PREFIX);
        String base = wildcard ? name.substring(WILDCARD_PREFIX.length()) : name;
        if (base.contains("*")) {
            throw new DomainException(Refusal.of("name.wildcardNotLeftmost", typed, FieldName.NAMES));
        }
        String asciiBase = toAscii(typed, base);
        checkLabels(typed, asciiBase);
        String ascii = (wildcard ? WILDCARD_PREFIX : "") + asciiBase;
        if (ascii.length() > MAX_LENGTH) {
            throw new DomainException(Refusal.of("name.tooLong", typed, MAX_LENGTH, FieldName.NAMES));
        }
        String unicodeBase = toUnicode(asciiBase);
        String[] unicodeLabels = unicodeBase.split("\\.");
        // The Unicode form, also when an A-label was typed, so the customer sees the mix.
        Homographs.refuseMixedScripts((wildcard ? WILDCARD_PREFIX : "") + unicodeBase, ascii, unicodeLabels);
        boolean demo = checkSuffix(typed, asciiBase, wildcard);
        String unicode = (wildcard ? WILDCARD_PREFIX : "") + unicodeBase;
        String lookalike = Homographs.latinLookalike(unicodeLabels).map(l -> (wildcard ? WILDCARD_PREFIX : "") + l).orElse(null);
        return new DomainName(ascii, unicode, wildcard, demo, lookalike);
    }

    /** See {@link Identifier#restore(String)}: the stored ASCII form, without the naming rules. */
    public static DomainName restore(String storedAscii) {
        boolean wildcard = storedAscii.startsWith(WILDCARD_PREFIX);
        String asciiBase = wildcard ? storedAscii.substring(WILDCARD_PREFIX.length()) : storedAscii;
        boolean demo = asciiBase.endsWith("." + DEMO_TLD);
        String unicodeBase = toUnicode(asciiBase);
        // Still flagged: a look-alike stored before the warning existed deserves it when shown now.
        String lookalike = Homographs.latinLookalike(unicodeBase.split("\\.")).map(l -> (wildcard ? WILDCARD_PREFIX : "") + l).orElse(null);
        return new DomainName(storedAscii, (wildcard ? WILDCARD_PREFIX : "") + unicodeBase, wildcard, demo, lookalike);
    }

    private static String toAscii(String typed, String base) {
        // UTS #46 deviation characters: IDNA2003 (java.net.IDN) maps them away ("ß" -> "ss"),
        // IDNA2008 keeps them, so the same typed name can reach two different hosts. Refuse it.
        for (String deviation : DEVIATIONS) {
            if (base.contains(deviation)) {
                throw new DomainException(Refusal.of("name.idnDeviation", typed, deviation.replace("\u200c", "ZWNJ").replace("\u200d", "ZWJ"), FieldName.NAMES));
            }
        }
        try {
            // Flag 0: no unassigned code points; LDH is checked below with our own message.
            return IDN.toASCII(base, 0).toLowerCase(Locale.ROOT);
        } catch (IllegalArgumentException e) {
            // For plain ASCII input, say which label rule failed rather than a generic IDN error.
            if (base.chars().allMatch(c -> c < 0x80)) {
                checkLabels(typed, base.toLowerCase(Locale.ROOT));
            }
            // java.net.IDN knows Unicode 3.2 only: letters assigned since (Cyrillic "ӏ") go through UTS #46.
            StringBuilder ascii = new StringBuilder();
            IDNA.Info info = new IDNA.Info();
            UTS46.nameToASCII(base, ascii, info);
            if (info.hasErrors()) {
                throw new DomainException(Refusal.of("name.invalidIdn", typed, FieldName.NAMES));
            }
            return ascii.toString();
        }
    }

    /** The Unicode form by UTS #46 (current Unicode); labels it cannot decode stay as they are. */
    private static String toUnicode(String asciiBase) {
        StringBuilder unicode = new StringBuilder();
        IDNA.Info info = new IDNA.Info();
        UTS46.nameToUnicode(asciiBase, unicode, info);
        return info.hasErrors() ? IDN.toUnicode(asciiBase) : unicode.toString();
    }

    private static void checkLabels(String typed, String asciiBase) {
        if (asciiBase.isEmpty()) {
            throw new DomainException(Refusal.of("name.nothingAfterWildcard", typed, FieldName.NAMES));
        }
        for (String label : asciiBase.split("\\.", -1)) {
            if (label.isEmpty()) {
                throw new DomainException(Refusal.of("name.emptyLabel", typed, FieldName.NAMES));
            }
            if (label.length() > MAX_LABEL_LENGTH) {
                throw new DomainException(Refusal.of("name.labelTooLong", typed, MAX_LABEL_LENGTH, FieldName.NAMES));
            }
            if (!LDH.matcher(label).matches()) {
                throw new DomainException(Refusal.of("name.notLdh", typed, FieldName.NAMES));
            }
            if (label.startsWith("-") || label.endsWith("-")) {
                throw new DomainException(Refusal.of("name.hyphenEdge", typed, FieldName.NAMES));
            }
        }
    }

    /** @return whether the name is under the demo TLD */
    private static boolean checkSuffix(String typed, String asciiBase, boolean wildcard) {
        // Labels are LDH by now; what Guava still refuses is a top-level label starting with a digit
        // ("256.1.1.1", a mistyped address). Found by NameParsersFuzzTest: refuse it, never throw past here.
        if (!InternetDomainName.isValid(asciiBase)) {
            throw new DomainException(Refusal.of("name.numericTld", typed, FieldName.NAMES));
        }
        if (asciiBase.equals(DEMO_TLD) || asciiBase.endsWith("." + DEMO_TLD)) {
            if (asciiBase.equals(DEMO_TLD)) {
                throw new DomainException(Refusal.of("name.demoTld", typed, FieldName.NAMES));
            }
            return true;
        }
        if (asciiBase.endsWith(".arpa") || asciiBase.equals("arpa")) {
            throw new DomainException(Refusal.of("name.arpa", typed, FieldName.NAMES));
        }
        InternetDomainName idn = InternetDomainName.from(asciiBase);
        if (idn.isPublicSuffix()) {
            if (wildcard) {
                throw new DomainException(Refusal.of("name.wildcardOnPublicSuffix", typed, FieldName.NAMES));
            }
            throw new DomainException(Refusal.of("name.publicSuffix", typed, FieldName.NAMES));
        }
        if (!idn.isUnderPublicSuffix()) {
            throw new DomainException(Refusal.of("name.internal", typed, FieldName.NAMES));
        }
        return false;
    }

    @Override
    public String value() {
        return ascii;
    }

    /** The Unicode form with the A-label beside it for an IDN, so a look-alike shows what it really is. */
    @Override
    public String display() {
        return isIdn() ? unicode + " (" + ascii + ")" : ascii;
    }

    public String ascii() {
        return ascii;
    }

    public String unicode() {
        return unicode;
    }

    @Override
    public boolean isWildcard() {
        return wildcard;
    }

    /** The name without its wildcard label; the name itself when it is not a wildcard. */
    public DomainName baseDomain() {
        if (!wildcard) {
            return this;
        }
        return new DomainName(ascii.substring(2), unicode.substring(2), false, demo,
                latinLookalike == null ? null : latinLookalike.substring(2));
    }

    /** The name registered with a registrar (example.com for *.www.example.com), for Whois. */
    public DomainName registrableDomain() {
        String base = baseDomain().ascii;
        String registrable;
        if (demo) {
            String[] labels = base.split("\\.");
            registrable = labels[labels.length - 2] + "." + DEMO_TLD;
        } else {
            registrable = InternetDomainName.from(base).topPrivateDomain().toString();
        }
        // Derived from a name that passed (or was stored): not judged again.
        return restore(registrable);
    }

    /** Names under the demo TLD are internal names, allowed only while the demo DNS serves them. */
    public boolean isDemo() {
        return demo;
    }

    public boolean isInternal() {
        return demo;
    }

    public boolean isIdn() {
        return !ascii.equals(unicode);
    }

    /**
     * The Latin name this one can be mistaken for, when a label is written wholly in another
     * script whose letters all look Latin ({@code apple.com} for {@code аррӏе.com}): shown as a
     * warning to the customer and the reviewer, since such a name may be a real registrant's.
     */
    public Optional<String> latinLookalike() {
        return Optional.ofNullable(latinLookalike);
    }

    /**
     * Government names (the seed's ".gov" rule): the registry suffix has a "gov" label, as in
     * {@code .gov}, {@code .gov.cn} or {@code .gov.uk}.
     */
    public boolean isGov() {
        if (demo) {
            return List.of(labels()).contains("gov");
        }
        InternetDomainName suffix = InternetDomainName.from(baseDomain().ascii).publicSuffix();
        return suffix != null && suffix.parts().contains("gov");
    }

    public String[] labels() {
        return ascii.split("\\.");
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof DomainName other && ascii.equals(other.ascii);
    }

    @Override
    public int hashCode() {
        return ascii.hashCode();
    }

    @Override
    public String toString() {
        return ascii;
    }
}
