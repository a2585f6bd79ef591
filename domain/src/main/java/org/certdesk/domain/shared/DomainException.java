package org.certdesk.domain.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A rule of the domain refused an action. The message is written for the person who tried it
 * and is shown to them as it is ("An issued certificate cannot be cancelled."). Refusals made
 * from a {@link Refusal} are shown in the person's language; {@link #getMessage()} is English.
 */
public class DomainException extends RuntimeException {

    private final Refusal refusal;

    public DomainException(String userMessage) {
        super(userMessage);
        this.refusal = null;
    }

    public DomainException(Refusal refusal) {
        super(refusal.in(Locale.ROOT));
        this.refusal = refusal;
    }

    /** The message in the given language, or English where it has no translation. */
    public String messageIn(Locale locale) {
        return refusal == null ? getMessage() : refusal.in(locale);
    }

    /** The form field the refusal is about, when it names one. */
    public Optional<String> field() {
        return refusal == null ? Optional.empty()
                : Arrays.stream(refusal.args()).filter(FieldName.class::isInstance).map(arg -> ((FieldName) arg).key()).findFirst();
    }

    public Optional<String> key() {
        return Optional.ofNullable(refusal).map(Refusal::key);
    }

    /** The refusal, for wrapping into another; a plain message becomes an untranslated one. */
    public Refusal asRefusal() {
        return refusal != null ? refusal : Refusal.of("untranslated", getMessage());
    }
}
