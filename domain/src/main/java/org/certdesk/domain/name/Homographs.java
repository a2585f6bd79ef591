package org.certdesk.domain.name;

import com.ibm.icu.lang.UScript;
import com.ibm.icu.text.SpoofChecker;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.domain.shared.Refusal;

/**
 * Names that imitate other names (IDN homographs), judged by the Unicode Security Mechanisms
 * (UTS #39) through ICU4J's {@link SpoofChecker}, never by a hand-made table of look-alikes.
 *
 * <ul>
 *   <li>A label that mixes scripts beyond UTS #39 5.2 "Highly Restrictive" (one script, or Latin
 *   with Han and Japanese kana, Han with Bopomofo, Han with Hangul) is refused: {@code аpple.com}
 *   with a Cyrillic "а" has no honest use.</li>
 *   <li>A label written wholly in another script whose letters all look Latin (a whole-script
 *   confusable, UTS #39 4) is flagged, not refused: {@code аррӏе.com} is Cyrillic throughout and
 *   may be a real registrant's name. It is not flagged under a top-level domain of its own script
 *   ({@code пример.рф}), where a Latin reading is not expected.</li>
 * </ul>
 * ICU's checkers are immutable and safe to share between threads once built.
 */
final class Homographs {

    private static final SpoofChecker MIXED_SCRIPTS = new SpoofChecker.Builder()
            .setChecks(SpoofChecker.RESTRICTION_LEVEL)
            .setRestrictionLevel(SpoofChecker.RestrictionLevel.HIGHLY_RESTRICTIVE)
            .build();
    private static final SpoofChecker CONFUSABLES = new SpoofChecker.Builder()
            .setChecks(SpoofChecker.CONFUSABLE)
            .build();
    /** Skeleton of each letter, digit and hyphen allowed in a label, back to that character (letters win over digits). */
    private static final Map<String, String> LDH_BY_SKELETON = ldhBySkeleton();

    private Homographs() {
    }

    /** Refuses a name with a label that mixes scripts; labels are given in Unicode. */
    static void refuseMixedScripts(String unicode, String ascii, String[] unicodeLabels) {
        for (String label : unicodeLabels) {
            if (!isAscii(label) && MIXED_SCRIPTS.failsChecks(label)) {
                throw new DomainException(Refusal.of("name.mixedScripts", unicode, ascii, label, String.join(", ", scriptsOf(label))));
            }
        }
    }

    /**
     * The all-Latin name this one can be mistaken for ({@code apple.com} for {@code аррӏе.com}), or
     * empty when no label is a whole-script confusable of a Latin label.
     */
    static Optional<String> latinLookalike(String[] unicodeLabels) {
        int tldScript = scriptOf(unicodeLabels[unicodeLabels.length - 1]);
        StringBuilder latin = new StringBuilder();
        boolean imitates = false;
        for (String label : unicodeLabels) {
            Optional<String> twin = scriptOf(label) == tldScript ? Optional.empty() : latinTwin(label);
            imitates |= twin.isPresent();
            latin.append(latin.isEmpty() ? "" : ".").append(twin.orElse(label));
        }
        return imitates ? Optional.of(latin.toString()) : Optional.empty();
    }

    private static Optional<String> latinTwin(String label) {
        if (isAscii(label)) {
            return Optional.empty();
        }
        String skeleton = CONFUSABLES.getSkeleton(label);
        StringBuilder twin = new StringBuilder();
        for (int i = 0; i < skeleton.length(); ) {
            int codePoint = skeleton.codePointAt(i);
            String ldh = LDH_BY_SKELETON.get(Character.toString(codePoint));
            if (ldh == null) {
                return Optional.empty();
            }
            twin.append(ldh);
            i += Character.charCount(codePoint);
        }
        boolean wholeScript = (CONFUSABLES.areConfusable(label, twin.toString()) & SpoofChecker.WHOLE_SCRIPT_CONFUSABLE) != 0;
        return wholeScript ? Optional.of(twin.toString()) : Optional.empty();
    }

    private static Map<String, String> ldhBySkeleton() {
        Map<String, String> bySkeleton = new HashMap<>();
        for (char c : "-0123456789abcdefghijklmnopqrstuvwxyz".toCharArray()) {
            bySkeleton.put(CONFUSABLES.getSkeleton(String.valueOf(c)), String.valueOf(c));
        }
        return Map.copyOf(bySkeleton);
    }

    /** The label's first script other than Common and Inherited (digits, hyphen, combining marks). */
    private static int scriptOf(String label) {
        return label.codePoints().map(UScript::getScript).filter(Homographs::isSpecific).findFirst().orElse(UScript.COMMON);
    }

    private static Set<String> scriptsOf(String label) {
        Set<String> names = new LinkedHashSet<>();
        label.codePoints().map(UScript::getScript).filter(Homographs::isSpecific).forEach(s -> names.add(UScript.getName(s)));
        return names;
    }

    private static boolean isSpecific(int script) {
        return script != UScript.COMMON && script != UScript.INHERITED && script != UScript.UNKNOWN;
    }

    private static boolean isAscii(String label) {
        return label.chars().allMatch(c -> c < 0x80);
    }
}
