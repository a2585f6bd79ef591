package org.certdesk.ui.console;

import java.util.List;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.certdesk.application.progress.Progress.NameVerification;
import org.certdesk.ui.components.PhraseText;

/**
 * What the customer must publish for each name: the DNS record (host, type, value) or the file
 * (URL, content, downloadable), each with a copy button, and the common DNS-provider mistake.
 */
class VerificationInstructions extends Composite<VerticalLayout> {

    VerificationInstructions(List<NameVerification> names) {
        VerticalLayout root = getContent();
        root.setPadding(false);
        root.addClassName("verification-instructions");
        for (NameVerification name : names) {
            Div card = new Div();
            card.addClassName("instruction-card");
            Span title = new Span(name.name());
            title.addClassName("instruction-name");
            Span state = new Span(getTranslation(name.verified() ? "verify.verified" : "verify.pending"));
            state.getElement().getThemeList().add(name.verified() ? "badge success" : "badge");
            card.add(title, state);
            if (name.dnsHost() != null) {
                card.add(row("verify.host", name.dnsHost(), "dns-host"), row("verify.type", "TXT", "dns-type"),
                        row("verify.value", name.dnsValue(), "dns-value"));
                Paragraph hint = new Paragraph(getTranslation("verify.dnsHint", name.dnsHost(), name.dnsHost() + "." + name.zone()));
                hint.addClassName("hint");
                card.add(hint);
            } else if (name.fileUrl() != null) {
                card.add(row("verify.url", name.fileUrl(), "file-url"), row("verify.content", name.fileContent(), "file-content"));
                Anchor file = new Anchor(DownloadHandler.fromInputStream(event -> new com.vaadin.flow.server.streams.DownloadResponse(
                        new java.io.ByteArrayInputStream(name.fileContent().getBytes(java.nio.charset.StandardCharsets.US_ASCII)),
                        "fileauth.txt", "text/plain", name.fileContent().length())), getTranslation("verify.downloadFile"));
                file.getElement().setAttribute("download", true);
                card.add(file);
            }
            if (name.lastMessage() != null && !name.verified()) {
                Paragraph last = new Paragraph(getTranslation("verify.lastCheck", PhraseText.in(this, name.lastMessage()))
                        + (name.lastObserved() == null ? "" : " " + getTranslation("verify.found", PhraseText.in(this, name.lastObserved()))));
                last.addClassName("last-check");
                card.add(last);
            }
            root.add(card);
        }
    }

    private Div row(String labelKey, String value, String id) {
        Div row = new Div();
        row.addClassName("copy-row");
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("copy-label");
        Span text = new Span(value);
        text.addClassNames("copy-value", id);
        Button copy = new Button(VaadinIcon.COPY_O.create(), click -> {
            UI.getCurrent().getPage().executeJs("navigator.clipboard && navigator.clipboard.writeText($0)", value);
            com.vaadin.flow.component.notification.Notification.show(getTranslation("verify.copied"), 1500,
                    com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START);
        });
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        copy.setAriaLabel(getTranslation("verify.copy", getTranslation(labelKey)));
        copy.setTooltipText(getTranslation("verify.copy", getTranslation(labelKey)));
        row.add(label, text, copy);
        return row;
    }
}
