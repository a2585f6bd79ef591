package org.certdesk.ui.console;

import java.util.Optional;
import java.util.function.Supplier;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/**
 * A tab's content that exists only while its tab is shown: built when the tab sheet attaches it,
 * dropped when it detaches it. A tab sheet keeps every tab's components on the server, so a tab
 * the user never opens, or left, cost each session its state nodes (the Uploaded Certificates
 * tab about 50 KB, the overview about 40 KB; docs/benchmarks.md, "Session memory"). Building it
 * again on every visit also shows current figures, as the overview did by refreshing on selection.
 */
final class WhileShown<T extends Component> extends Div {

    private final Supplier<T> build;
    private T content;

    WhileShown(Supplier<T> build) {
        this.build = build;
        setSizeFull();
        addAttachListener(attached -> {
            if (content == null) {
                content = build.get();
                add(content);
            }
        });
        addDetachListener(detached -> {
            removeAll();
            content = null;
        });
    }

    /** The content while the tab is shown; empty while it is not. */
    Optional<T> content() {
        return Optional.ofNullable(content);
    }
}
