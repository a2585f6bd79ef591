package org.certdesk.ui.components;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import org.certdesk.application.issuance.ShowPolicyToday;

/**
 * The policy a customer applies under today, in two lines: the longest validity a certificate
 * issued today may have and the dates it shrinks (BR 6.3.2), and how long domain validation done
 * today can be reused (BR 4.2.1). Shown by the Apply panel; any details view can show it too.
 */
public class PolicyToday extends Composite<Div> {

    public PolicyToday(ShowPolicyToday.PolicyToday policy) {
        Div root = getContent();
        root.addClassName("policy-today");
        Span title = new Span(getTranslation("policy.title"));
        title.addClassName("policy-today-title");
        Paragraph validity = new Paragraph(getTranslation("policy.validity", policy.maxValidityDays())
                + changes(policy.validityChanges()));
        validity.setId("policy-validity");
        Paragraph reuse = new Paragraph(getTranslation("policy.reuse", policy.evidenceReuseDays(),
                date(LocalDate.ofInstant(policy.evidenceReusableUntil(), ZoneOffset.UTC))) + changes(policy.reuseChanges()));
        reuse.setId("policy-reuse");
        root.add(title, validity, reuse);
    }

    /** " Then 100 days from 15 Mar 2027, 47 days from 15 Mar 2029." (the space is the language's) or nothing once no step lies ahead. */
    private String changes(List<ShowPolicyToday.Change> ahead) {
        if (ahead.isEmpty()) {
            return "";
        }
        return getTranslation("policy.then", ahead.stream()
                .map(change -> getTranslation("policy.step", change.days(), date(change.from())))
                .collect(Collectors.joining(getTranslation("policy.separator"))));
    }

    private String date(LocalDate date) {
        return DateTimeFormatter.ofPattern(getTranslation("clock.datePatternWithYear"), getLocale()).format(date);
    }
}
