package org.certdesk.ui.console;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.domain.certificate.DisplayStatus;

/** How each status looks: an icon and its translation key (colours in app.css). */
enum StatusPresentation {
    PENDING_APPLICATION(VaadinIcon.EDIT),
    VERIFYING(VaadinIcon.HOURGLASS),
    VALIDATION_FAILED(VaadinIcon.CLOSE_CIRCLE),
    ISSUED(VaadinIcon.CHECK_CIRCLE),
    PENDING_EXPIRATION(VaadinIcon.CLOCK),
    REVOKED(VaadinIcon.BAN),
    EXPIRED(VaadinIcon.CALENDAR_CLOCK);

    final VaadinIcon icon;

    StatusPresentation(VaadinIcon icon) {
        this.icon = icon;
    }

    String translationKey() {
        return "status." + name();
    }

    static StatusPresentation of(DisplayStatus status) {
        return valueOf(status.name());
    }

    /** A stored status as such (the Overview counts them; Pending Expiration is counted apart). */
    static StatusPresentation of(CertificateStatus status) {
        return valueOf(status.name());
    }
}
