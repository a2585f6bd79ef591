package org.certdesk.ui.console;

import com.vaadin.flow.component.icon.VaadinIcon;
import org.certdesk.domain.certificate.CertificateStatus;

/** How each status looks: an icon, a colour theme and its translation key. */
enum StatusPresentation {
    PENDING_APPLICATION(VaadinIcon.EDIT, "contrast"),
    VERIFYING(VaadinIcon.HOURGLASS, ""),
    VALIDATION_FAILED(VaadinIcon.CLOSE_CIRCLE, "error"),
    ISSUED(VaadinIcon.CHECK_CIRCLE, "success"),
    PENDING_EXPIRATION(VaadinIcon.CLOCK, "warning"),
    REVOKED(VaadinIcon.BAN, "error"),
    EXPIRED(VaadinIcon.CALENDAR_CLOCK, "contrast");

    final VaadinIcon icon;
    final String badgeTheme;

    StatusPresentation(VaadinIcon icon, String badgeTheme) {
        this.icon = icon;
        this.badgeTheme = badgeTheme;
    }

    String translationKey() {
        return "status." + name();
    }

    static StatusPresentation of(CertificateStatus status, boolean pendingExpiration) {
        return pendingExpiration ? PENDING_EXPIRATION : valueOf(status.name());
    }
}
