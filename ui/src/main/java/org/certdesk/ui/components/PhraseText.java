package org.certdesk.ui.components;

import com.vaadin.flow.component.Component;
import org.certdesk.application.progress.Phrase;

/** A {@link Phrase} in the language of the view showing it, its inner phrases translated first. */
public final class PhraseText {

    private PhraseText() {
    }

    public static String in(Component view, Phrase phrase) {
        Object[] args = phrase.args().stream().map(arg -> arg instanceof Phrase inner ? in(view, inner)
                : arg instanceof org.certdesk.domain.shared.Refusal refusal ? refusal.in(view.getUI().or(() -> java.util.Optional.ofNullable(com.vaadin.flow.component.UI.getCurrent()))
                        .map(com.vaadin.flow.component.UI::getLocale).orElse(java.util.Locale.ENGLISH)) : arg).toArray();
        return view.getTranslation(phrase.key(), args);
    }
}
