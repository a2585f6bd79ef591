package org.certdesk.ui.console;

import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/**
 * A tab's content that exists only while its tab is shown: built when the tab sheet first
 * attaches it or its tab is selected again, dropped when another tab is selected. A tab sheet
 * keeps every tab's components on the server (a tab once shown stays attached, only hidden), so a
 * tab the user never opened, or left, cost each session its state nodes: the Uploaded
 * Certificates tab about 50 KB, the overview behind the grid about 40 KB (docs/benchmarks.md,
 * "Session memory"). Built again on each visit, the content also shows current figures.
 */
final class WhileShown<T extends Component> extends Div {

    private final Supplier<T> build;
    private T content;

    WhileShown(Supplier<T> build) {
        this.build = build;
        setSizeFull();
        // The tab sheet attaches a tab's content when the tab is first selected.
        addAttachListener(attached -> show());
    }

    /** Tells it whether its tab is the selected one now. */
    void shown(boolean shown) {
        if (!shown) {
            removeAll();
            content = null;
        } else if (isAttached()) {
            show();
        }
    }

    private void show() {
        if (content == null) {
            content = build.get();
            add(content);
        }
    }

    /** The content while the tab is shown; empty while it is not. */
    Optional<T> content() {
        return Optional.ofNullable(content);
    }
}
