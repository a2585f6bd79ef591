package org.certdesk.domain.shared;

import java.text.MessageFormat;
import java.util.Arrays;
import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * A refusal message as a key into {@code org/certdesk/domain/shared/refusals*.properties} plus its
 * arguments, so the same refusal reads in English and Simplified Chinese. Arguments that are
 * field names or enum constants are translated too (keys {@code field.<key>} and
 * {@code <EnumType>.<CONSTANT>}). Text arguments are mostly what someone typed: they are shown
 * as a {@link Quote} (a short prefix at most), and a collection as its elements so quoted, joined
 * by commas. Only {@link Written} text, a sentence CertDesk itself wrote, is shown whole.
 */
public record Refusal(String key, Object... args) {

    private static final String BUNDLE = "org.certdesk.domain.shared.refusals";

    /** A sentence CertDesk wrote (a linter finding, a parser's reason), not something a user typed: shown whole. */
    public record Written(String text) {
    }

    public static Refusal of(String key, Object... args) {
        return new Refusal(key, args);
    }

    public String in(Locale locale) {
        ResourceBundle bundle = bundleFor(locale);
        Object[] shown = Arrays.stream(args).map(arg -> shown(arg, bundle, locale)).toArray();
        return new MessageFormat(text(bundle, key), Locale.ROOT).format(shown);
    }

    private static Object shown(Object arg, ResourceBundle bundle, Locale locale) {
        if (arg instanceof Refusal nested) {
            return nested.in(locale);
        }
        if (arg instanceof FieldName field) {
            // Written in MessageFormat's quoting like every text of the bundle ("Superior''s name").
            return new MessageFormat(text(bundle, "field." + field.key()), Locale.ROOT).format(new Object[0]);
        }
        if (arg instanceof Enum<?> constant) {
            return text(bundle, constant.getDeclaringClass().getSimpleName() + "." + constant.name());
        }
        if (arg instanceof Written written) {
            return written.text();
        }
        if (arg instanceof String typed) {
            return Quote.of(typed);
        }
        if (arg instanceof Collection<?> items) {
            return items.stream().map(item -> String.valueOf(shown(item, bundle, locale))).collect(Collectors.joining(", "));
        }
        return arg;
    }

    private static String text(ResourceBundle bundle, String key) {
        try {
            return bundle.getString(key);
        } catch (MissingResourceException missing) {
            throw new IllegalStateException("No refusal text '" + key + "' in " + BUNDLE, missing);
        }
    }

    private static ResourceBundle bundleFor(Locale locale) {
        // Without fallback to the JVM's default locale: English is the base bundle.
        return ResourceBundle.getBundle(BUNDLE, locale == null ? Locale.ROOT : locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }
}
