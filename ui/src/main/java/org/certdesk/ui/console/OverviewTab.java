package org.certdesk.ui.console;

import java.time.YearMonth;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.certdesk.application.overview.Overview;
import org.certdesk.application.overview.ShowOverview;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.certificate.CertificateStatus;
import org.certdesk.ui.components.EmptyState;
import org.certdesk.ui.components.Errors;

/** Overview: clickable counts per status, what expires in 30 days, issued per month as bars. */
class OverviewTab extends Composite<VerticalLayout> {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd").withZone(ZoneId.of("UTC"));

    private final ShowOverview showOverview;
    private final Actor actor;
    private final Consumer<CertificateStatus> openStatus;

    OverviewTab(ShowOverview showOverview, Actor actor, Consumer<CertificateStatus> openStatus) {
        this.showOverview = showOverview;
        this.actor = actor;
        this.openStatus = openStatus;
        getContent().addClassName("overview");
        getContent().setPadding(false);
        refresh();
    }

    void refresh() {
        getContent().removeAll();
        Errors.attempt(() -> showOverview.show(actor)).ifPresent(this::render);
    }

    private void render(Overview overview) {
        long total = overview.countsByStatus().values().stream().mapToLong(Long::longValue).sum();
        if (total == 0) {
            getContent().add(new EmptyState(VaadinIcon.DASHBOARD, getTranslation("certificates.overview.empty.title"),
                    getTranslation("certificates.overview.empty.hint")));
            return;
        }
        Div cards = new Div();
        cards.addClassName("status-cards");
        for (CertificateStatus status : CertificateStatus.values()) {
            long count = overview.countsByStatus().getOrDefault(status, 0L);
            Div card = new Div();
            card.addClassNames("status-card", "status-" + status.name().toLowerCase().replace('_', '-'));
            StatusPresentation look = StatusPresentation.of(status);
            var icon = look.icon.create();
            icon.getElement().setAttribute("aria-hidden", "true");
            Span number = new Span(Long.toString(count));
            number.addClassName("status-card-count");
            card.add(icon, number, new Span(getTranslation(look.translationKey())));
            card.getElement().setAttribute("role", "button");
            card.getElement().setAttribute("tabindex", "0");
            card.getElement().setAttribute("aria-label", getTranslation(look.translationKey()) + ": " + count);
            card.addClickListener(click -> openStatus.accept(status));
            card.getElement().addEventListener("keydown", key -> openStatus.accept(status)).setFilter("event.key === 'Enter'");
            cards.add(card);
        }
        getContent().add(cards);

        H3 expiringTitle = new H3(getTranslation("overview.expiring", overview.pendingExpiration()));
        getContent().add(expiringTitle);
        if (overview.expiringSoon().isEmpty()) {
            getContent().add(new Span(getTranslation("overview.expiringNone")));
        } else {
            UnorderedList list = new UnorderedList();
            list.addClassName("expiring-list");
            overview.expiringSoon().forEach(c -> list.add(new ListItem(String.join(", ", c.names()) + " — "
                    + getTranslation("overview.expiresOn", DATE.format(c.notAfter())))));
            getContent().add(list);
        }

        getContent().add(new H3(getTranslation("overview.issuedPerMonth")), chart(overview.issuedPerMonth()));
    }

    private Div chart(Map<YearMonth, Long> perMonth) {
        long max = Math.max(1, perMonth.values().stream().mapToLong(Long::longValue).max().orElse(1));
        Div chart = new Div();
        chart.addClassName("month-chart");
        chart.getElement().setAttribute("role", "img");
        StringBuilder description = new StringBuilder();
        perMonth.forEach((month, count) -> {
            Div column = new Div();
            column.addClassName("month-column");
            Div bar = new Div();
            bar.addClassName("month-bar");
            bar.getStyle().set("height", (8 + 112 * count / max) + "px");
            Span value = new Span(Long.toString(count));
            value.addClassName("month-value");
            Span label = new Span(month.toString());
            label.addClassName("month-label");
            column.add(value, bar, label);
            chart.add(column);
            description.append(month).append(": ").append(count).append("; ");
        });
        chart.getElement().setAttribute("aria-label", getTranslation("overview.issuedPerMonth") + " — " + description);
        return chart;
    }
}
