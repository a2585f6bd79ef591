package org.certdesk.ui.components;

import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import org.certdesk.domain.shared.DomainException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a command from a view and turns what can go wrong into a toast a person can read: a
 * domain refusal shows its message; anything unexpected is logged and shown as a short apology
 * with a reference, never a stack trace.
 */
public final class Errors {

    private static final Logger log = LoggerFactory.getLogger(Errors.class);

    private Errors() {
    }

    /** The result, or empty after showing what went wrong. */
    public static <T> java.util.Optional<T> attempt(Supplier<T> command) {
        try {
            return java.util.Optional.ofNullable(command.get());
        } catch (DomainException refused) {
            show(refused);
        } catch (RuntimeException unexpected) {
            String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error in a console command (reference {})", reference, unexpected);
            show(translated("error.commandFailed", reference));
        }
        return java.util.Optional.empty();
    }

    public static boolean attempt(Runnable command) {
        return attempt(() -> {
            command.run();
            return Boolean.TRUE;
        }).isPresent();
    }

    /** A domain refusal in the language of the person who tried it. */
    public static void show(DomainException refused) {
        show(refused.messageIn(currentLocale()));
    }

    private static String translated(String key, Object... params) {
        UI ui = UI.getCurrent();
        return ui == null ? key : ui.getTranslation(key, params);
    }

    private static Locale currentLocale() {
        UI ui = UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    public static void show(String message) {
        Notification notification = Notification.show(message, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    public static void success(String message) {
        Notification notification = Notification.show(message, 4000, Notification.Position.BOTTOM_START);
        notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }
}
