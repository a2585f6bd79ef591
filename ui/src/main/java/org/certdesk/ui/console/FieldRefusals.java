package org.certdesk.ui.console;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.UI;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.ui.components.Errors;

/**
 * The fields of a form by the domain's FieldName key, so that a value object's refusal, or an
 * empty required field, is shown at the field it is about (as in the Apply form); a refusal that
 * names no field of the form is shown as a toast.
 */
final class FieldRefusals {

    private final Component form;
    private final Map<String, HasValidation> fields = new LinkedHashMap<>();
    private boolean allRead;

    FieldRefusals(Component form) {
        this.form = form;
    }

    <F extends HasValidation> F field(String domainKey, F field) {
        fields.put(domainKey, field);
        return field;
    }

    /** Starts a new reading: clears the marks of the last one. */
    void clear() {
        fields.values().forEach(field -> field.setInvalid(false));
        allRead = true;
    }

    /** The value as its value object reads it, or null after marking the field (empty, or refused). */
    <F extends HasValidation & HasValue<?, String>, T> T read(F field, Function<String, T> reader) {
        String typed = field.getValue();
        try {
            if (typed == null || typed.isBlank()) {
                return invalid(field, form.getTranslation("apply.required"));
            }
            return reader.apply(typed);
        } catch (DomainException refused) {
            return invalid(field, refused.messageIn(UI.getCurrent().getLocale()));
        }
    }

    /** Whether every field read since {@link #clear()}. */
    boolean allRead() {
        return allRead;
    }

    /** A refusal from a value object or a use case: at the field it names, else as a toast. */
    void show(DomainException refused) {
        HasValidation field = refused.field().map(fields::get).orElse(null);
        if (field == null) {
            Errors.show(refused);
        } else {
            invalid(field, refused.messageIn(UI.getCurrent().getLocale()));
        }
    }

    private <T> T invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        allRead = false;
        return null;
    }
}
