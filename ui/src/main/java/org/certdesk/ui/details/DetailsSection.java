package org.certdesk.ui.details;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/** One headed part of a details page; a part with nothing to show says why instead of staying empty. */
class DetailsSection extends Section {

    DetailsSection(String id, String titleKey, Component... content) {
        setId(id);
        addClassName("details-section");
        add(new H3(getTranslation(titleKey)));
        add(content);
    }

    static DetailsSection explained(String id, String titleKey, String explanationKey) {
        Paragraph why = new Paragraph();
        DetailsSection section = new DetailsSection(id, titleKey, why);
        why.setText(section.getTranslation(explanationKey));
        why.addClassNames("muted", "details-absent");
        return section;
    }
}
