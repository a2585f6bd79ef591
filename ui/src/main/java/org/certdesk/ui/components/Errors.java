package org.certdesk.ui.components;

import java.util.function.Supplier;

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
            show(refused.getMessage());
        } catch (RuntimeException unexpected) {
            String reference = java.util.UUID.randomUUID().toString().substring(0, 8);
            log.error("Unexpected error in a console command (reference {})", reference, unexpected);
            show("Something went wrong; nothing was changed. Reference: " + reference);
        }
        return java.util.Optional.empty();
    }

    public static boolean attempt(Runnable command) {
        return attempt(() -> {
            command.run();
            return Boolean.TRUE;
        }).isPresent();
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
