package org.certdesk.ui.components;

import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import org.certdesk.application.progress.Progress.NameVerification;
import org.certdesk.domain.verification.PerspectiveResult;

/**
 * What each remote Network Perspective saw at a name's latest check (BR 3.2.2.9): its name,
 * RIR region and location, seen / not seen / error, and what it found. The customer's Progress
 * panel and the reviewer's detail show the same; nothing is shown before any corroboration.
 */
public class PerspectiveResults extends Composite<Div> {

    public PerspectiveResults(String id, List<NameVerification> names) {
        Div root = getContent();
        root.setId(id);
        root.addClassName("perspective-results");
        List<NameVerification> corroborated = names.stream().filter(n -> !n.perspectives().isEmpty()).toList();
        root.setVisible(!corroborated.isEmpty());
        if (corroborated.isEmpty()) {
            return;
        }
        root.add(new H4(getTranslation("perspective.title")));
        for (NameVerification name : corroborated) {
            Span title = new Span(name.name());
            title.addClassName("perspective-name");
            UnorderedList list = new UnorderedList();
            list.addClassName("perspective-list");
            name.perspectives().forEach(result -> list.add(row(result)));
            root.add(title, list);
        }
    }

    private ListItem row(PerspectiveResult result) {
        String outcome = result.outcome().name().toLowerCase(Locale.ROOT);
        Span badge = new Span(getTranslation("perspective.outcome." + result.outcome().name()));
        badge.getElement().getThemeList().add(switch (result.outcome()) {
            case SEEN -> "badge success";
            case NOT_SEEN -> "badge error";
            case ERROR -> "badge contrast";
        });
        badge.addClassName("perspective-outcome");
        Span site = new Span(result.perspective());
        site.addClassName("perspective-site");
        Span where = new Span(getTranslation("perspective.where", getTranslation("perspective.region." + result.region().name()),
                result.location()));
        where.addClassName("perspective-where");
        ListItem item = new ListItem(badge, site, where);
        if (!result.observed().isBlank()) {
            Span observed = new Span(getTranslation("perspective.observed", result.observed()));
            observed.addClassName("perspective-observed");
            item.add(observed);
        }
        item.addClassNames("perspective-result", "perspective-" + outcome);
        return item;
    }
}
