package org.certdesk.ui.review;

import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.certdesk.application.progress.Progress;
import org.certdesk.application.review.ReviewDetail;
import org.certdesk.ui.components.LookalikeWarnings;
import org.certdesk.ui.components.PerspectiveResults;
import org.certdesk.ui.components.PhraseText;
import org.certdesk.application.review.ReviewDetail.RegistrantCheck;
import org.certdesk.domain.certificate.EvDetails;
import org.certdesk.domain.certificate.Organization;

/** What the applicant stated and what the checks found: organization, contact, Whois per domain, domain checks. */
class ApplicantFacts extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneOffset.UTC);

    ApplicantFacts(ReviewDetail detail) {
        addClassName("applicant-facts");
        setPadding(false);
        Organization org = detail.organization();
        if (org != null) {
            add(new H3(getTranslation("detail.organization")));
            add(facts("detail-organization",
                    fact("apply.org.legalName", org.legalName()), fact("apply.org.registrationNumber", org.registrationNumber()),
                    fact("apply.org.companyType", org.companyType()), fact("apply.org.country", org.country()),
                    fact("apply.org.state", org.stateOrProvince()), fact("apply.org.city", org.city()),
                    fact("apply.org.street", org.streetAddress()), fact("apply.org.postalCode", org.postalCode()),
                    fact("apply.org.phone", org.phone().value())));
        }
        EvDetails ev = detail.evDetails();
        if (ev != null) {
            add(facts("detail-ev", fact("apply.ev.jurisdictionCountry", ev.jurisdictionCountry()),
                    fact("apply.ev.businessCategory", getTranslation("businessCategory." + ev.businessCategory().name()))));
        }
        add(new H3(getTranslation("detail.contact")));
        add(facts("detail-contact", fact("apply.contactName", detail.contact().name()),
                fact("apply.contactEmail", detail.contact().email().value()),
                fact("apply.contactPhone", detail.contact().phone().value())));
        add(new H3(getTranslation("detail.domains")));
        if (detail.govMismatch() != null) {
            Div mismatch = new Div(getTranslation("detail.govMismatch", detail.govMismatch().in(getLocale())));
            mismatch.addClassName("gov-mismatch");
            mismatch.setId("gov-mismatch");
            add(mismatch);
        }
        add(new LookalikeWarnings("detail-lookalikes", detail.progress().lookalikes()));
        UnorderedList domains = new UnorderedList();
        domains.setId("detail-domains");
        detail.registrants().forEach(r -> domains.add(registrant(r, detail.progress())));
        add(domains);
        add(new PerspectiveResults("detail-perspectives", detail.progress().names()));
        add(new H3(getTranslation("detail.checksLog")));
        UnorderedList log = new UnorderedList();
        log.setId("detail-log");
        detail.progress().log().forEach(line -> log.add(new ListItem(TIME.format(line.at()) + " " + PhraseText.in(this, line.text()))));
        add(log);
    }

    private ListItem registrant(RegistrantCheck check, Progress progress) {
        ListItem item = new ListItem();
        item.addClassName("domain-row");
        Span name = new Span(check.name());
        name.addClassName("domain-name");
        boolean verified = progress.names().stream().anyMatch(n -> n.name().equals(check.name()) && n.verified());
        Span domainCheck = new Span(getTranslation(verified ? "detail.domainVerified" : "detail.domainNotVerified"));
        domainCheck.addClassName(verified ? "domain-verified" : "domain-unverified");
        Span whois = new Span(!check.lookedUp() ? getTranslation("detail.whoisNotNeeded")
                : check.registrant() == null ? getTranslation("detail.whoisUnavailable")
                : getTranslation("detail.whoisRegistrant", check.registrant()));
        whois.addClassName("whois");
        if (check.problem() != null) {
            whois.addClassName("gov-mismatch");
        }
        item.add(name, new Span(" · "), domainCheck, new Span(" · "), whois);
        return item;
    }

    private Div facts(String id, Component... rows) {
        Div facts = new Div(rows);
        facts.setId(id);
        facts.addClassName("facts");
        return facts;
    }

    private Div fact(String labelKey, String value) {
        Span label = new Span(getTranslation(labelKey));
        label.addClassName("fact-label");
        Span text = new Span(value == null ? "" : value);
        text.addClassName("fact-value");
        return new Div(label, text);
    }
}
