package org.certdesk.ui.console;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.certdesk.application.verification.CheckReadiness.Line;
import org.certdesk.application.verification.CheckReadiness.Mark;
import org.certdesk.application.verification.CheckReadiness.Readiness;
import org.certdesk.ui.components.PhraseText;

/**
 * The readiness check's lines: per name and topic a green / amber / red badge (the word too, not
 * colour alone), what was found and the fix; a summary on top says whether Submit would fail.
 */
class ReadinessReport extends Composite<Div> {

    ReadinessReport(Readiness readiness) {
        Div root = getContent();
        root.addClassName("readiness-report");
        root.getElement().setAttribute("data-overall", readiness.overall().name());
        Paragraph summary = new Paragraph(getTranslation("readiness.summary." + readiness.overall().name()));
        summary.addClassName("readiness-summary");
        summary.setId("readiness-summary");
        root.add(summary);
        for (Line line : readiness.lines()) {
            Div row = new Div();
            row.addClassNames("readiness-line", "readiness-" + line.mark().name().toLowerCase(java.util.Locale.ROOT));
            row.getElement().setAttribute("data-mark", line.mark().name());
            row.getElement().setAttribute("data-topic", line.topic().name());
            row.getElement().setAttribute("data-name", line.name());
            Span mark = new Span(getTranslation("readiness.mark." + line.mark().name()));
            mark.getElement().getThemeList().add(line.mark() == Mark.GREEN ? "badge success"
                    : line.mark() == Mark.RED ? "badge error" : "badge contrast");
            mark.addClassName("readiness-mark");
            Span topic = new Span(getTranslation("readiness.topic." + line.topic().name()) + " · " + line.name());
            topic.addClassName("readiness-topic");
            Span finding = new Span(PhraseText.in(this, line.finding()));
            finding.addClassName("readiness-finding");
            row.add(mark, topic, finding);
            line.fix().ifPresent(fix -> {
                Span text = new Span(PhraseText.in(this, fix));
                text.addClassName("readiness-fix");
                row.add(text);
            });
            root.add(row);
        }
    }
}
