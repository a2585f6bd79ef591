package org.certdesk.application.progress;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * A sentence for the console as a key of its translation bundles and the arguments to fill in, so
 * it reads in the viewer's language. An argument that is itself a Phrase (a check's message, a
 * call's outcome) is translated before it is filled in; other arguments are shown as they are.
 */
public record Phrase(String key, List<Object> args) {

    public Phrase {
        Objects.requireNonNull(key, "key");
        args = List.copyOf(args);
    }

    public static Phrase of(String key, Object... args) {
        return new Phrase(key, Arrays.asList(args));
    }
}
