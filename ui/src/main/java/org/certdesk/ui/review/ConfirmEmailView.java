package org.certdesk.ui.review;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.certdesk.application.account.AttemptThrottle;
import org.certdesk.application.account.ThrottleKey;
import org.certdesk.application.review.ConfirmVerificationEmail;
import org.certdesk.ui.components.Errors;

/**
 * Where the verification email's link leads; no sign-in, the link is the proof. Confirming takes
 * a click rather than happening on page load, so mail scanners that fetch links do not confirm
 * on the applicant's behalf. Guessing tokens is throttled per client address (AttemptThrottle).
 */
@Route(value = "confirm/:token", autoLayout = false)
@AnonymousAllowed
public class ConfirmEmailView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final ConfirmVerificationEmail confirmVerificationEmail;
    private final AttemptThrottle throttle;
    private final Paragraph result = new Paragraph();
    private final Button confirm = new Button();
    private String token;

    public ConfirmEmailView(ConfirmVerificationEmail confirmVerificationEmail, AttemptThrottle throttle) {
        this.confirmVerificationEmail = confirmVerificationEmail;
        this.throttle = throttle;
        addClassName("confirm-email-view");
        setAlignItems(Alignment.CENTER);
        confirm.setText(getTranslation("confirm.button"));
        confirm.setId("confirm-email");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(click -> confirm());
        result.setId("confirm-result");
        add(new H2(getTranslation("confirm.title")), new Paragraph(getTranslation("confirm.text")), confirm, result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getRouteParameters().get("token").orElse("");
    }

    private void confirm() {
        VaadinRequest request = VaadinRequest.getCurrent();
        List<ThrottleKey> keys = ThrottleKey.forConfirmation(request == null ? "unknown" : request.getRemoteAddr());
        if (throttle.refusedUntil(keys).isPresent()) {
            result.setText(getTranslation("confirm.throttled"));
            result.setClassName("confirm-failed");
            return;
        }
        Errors.attempt(() -> confirmVerificationEmail.confirm(token)).ifPresent(outcome -> {
            if (outcome == ConfirmVerificationEmail.Result.UNKNOWN) {
                throttle.failed(keys);
            }
            result.setText(getTranslation("confirm.result." + outcome.name()));
            result.setClassName(outcome == ConfirmVerificationEmail.Result.CONFIRMED ? "confirm-ok" : "confirm-failed");
            confirm.setEnabled(false);
        });
    }

    @Override
    public String getPageTitle() {
        return getTranslation("confirm.title") + " · CertDesk";
    }
}
