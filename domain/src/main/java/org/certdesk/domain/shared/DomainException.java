package org.certdesk.domain.shared;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/**
 * A rule of the domain refused an action. The message is written for the person who tried it
 * and is shown to them as it is ("An issued certificate cannot be cancelled."). It is always made
 * from a {@link Refusal}, so it is shown in the person's language and next to the field it names;
 * {@link #getMessage()} is English, for logs and tests. There is deliberately no constructor from a
 * plain string: a refusal in English only could come back that way.
 */
public class DomainException extends RuntimeException {

    private final Refusal refusal;

    public DomainException(Refusal refusal) {
        super(refusal.in(Locale.ROOT));
        this.refusal = refusal;
    }

    /** The message in the given language, or English where it has no translation. */
    public String messageIn(Locale locale) {
        return refusal.in(locale);
    }

    /** The form field the refusal is about, when it names one. */
    public Optional<String> field() {
        return Arrays.stream(refusal.args()).filter(FieldName.class::isInstance).map(arg -> ((FieldName) arg).key()).findFirst();
    }

    public String key() {
        return refusal.key();
    }

    /** The refusal, for wrapping into another. */
    public Refusal asRefusal() {
        return refusal;
    }
}
