package org.certdesk.ui.details;

import java.util.OptionalLong;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

/** The {@code :id} of a details route: a positive number, or the page is not found (never an error page). */
final class DetailsRouteId {

    private DetailsRouteId() {
    }

    /** The id, or empty after rerouting to "not found". */
    static OptionalLong of(BeforeEnterEvent event) {
        String raw = event.getRouteParameters().get("id").orElse("");
        if (!raw.matches("[1-9][0-9]{0,17}")) {
            event.rerouteToError(NotFoundException.class);
            return OptionalLong.empty();
        }
        return OptionalLong.of(Long.parseLong(raw));
    }
}
