package org.certdesk.ui.details;

import java.util.List;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;

/** Label and value rows, the look of the review page's applicant facts (styled by {@code .facts} in app.css). */
class FactList extends Div {

    FactList() {
        addClassName("facts");
    }

    /** @param id the value's element id, for tests and for linking to one fact */
    Span add(String labelKey, String value, String id) {
        Span shown = new Span(value == null || value.isBlank() ? "—" : value);
        shown.setId(id);
        shown.addClassName("fact-value");
        add(labelKey, shown);
        return shown;
    }

    /** Several values, one per line. */
    Div addAll(String labelKey, List<String> values, String id) {
        Div shown = new Div();
        shown.setId(id);
        shown.addClassName("fact-value");
        if (values.isEmpty()) {
            shown.add(new Span("—"));
        }
        values.forEach(value -> shown.add(new Div(value)));
        add(labelKey, shown);
        return shown;
    }

    void add(String labelKey, Component value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        add(new Div(label, value));
    }
}
