package org.certdesk.ui.admin;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.certdesk.application.admin.ManageHolidays;
import org.certdesk.application.admin.ManageHolidays.DueDatePreview;
import org.certdesk.domain.account.Actor;
import org.certdesk.domain.calendar.Holiday;
import org.certdesk.domain.shared.DomainException;
import org.certdesk.ui.components.Errors;
import org.certdesk.ui.security.CurrentUser;

/**
 * The CA admin's business calendar: a year's statutory holidays, adding and removing one, and
 * what the calendar does to the OV/EV due dates of a submission on a chosen day. Dates are
 * ISO (yyyy-MM-dd) in every language, as in the review queue.
 */
@Route(value = "admin/holidays")
@RolesAllowed("ADMIN")
public class HolidaysView extends VerticalLayout implements HasDynamicTitle {

    private static final int YEARS_BACK = 1;
    private static final int YEARS_AHEAD = 3;

    final Select<Integer> year = new Select<>();
    final Grid<Holiday> holidays = new Grid<>();
    final DatePicker date = new DatePicker();
    final TextField name = new TextField();
    final Button add = new Button();
    final DatePicker submittedOn = new DatePicker();
    final Div effect = new Div();
    private final ManageHolidays manageHolidays;
    private final Actor actor;

    public HolidaysView(ManageHolidays manageHolidays, CurrentUser currentUser) {
        this.manageHolidays = manageHolidays;
        this.actor = currentUser.actor();
        addClassName("holidays-view");
        setSizeFull();
        LocalDate today = manageHolidays.today();

        year.setLabel(getTranslation("holidays.year"));
        year.setId("holiday-year");
        year.setItems(IntStream.rangeClosed(today.getYear() - YEARS_BACK, today.getYear() + YEARS_AHEAD).boxed().toList());
        year.setValue(today.getYear());
        year.addValueChangeListener(change -> refreshHolidays());

        date.setLabel(getTranslation("holidays.date"));
        date.setId("holiday-date");
        isoDates(date);
        date.setMin(LocalDate.of(today.getYear() - YEARS_BACK, 1, 1));
        date.setMax(LocalDate.of(today.getYear() + YEARS_AHEAD, 12, 31));
        name.setLabel(getTranslation("holidays.name"));
        name.setId("holiday-name");
        name.setMaxLength(Holiday.MAX_NAME_LENGTH);
        name.setPlaceholder(getTranslation("holidays.name.placeholder"));
        add.setText(getTranslation("holidays.add"));
        add.setIcon(VaadinIcon.PLUS.create());
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setId("holiday-add");
        add.addClickListener(click -> addHoliday());
        HorizontalLayout form = new HorizontalLayout(date, name, add);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);

        holidays.setId("holidays");
        // A year has a few dozen holidays at most: all rows in the page, no scrolling inside a grid.
        holidays.setAllRowsVisible(true);
        holidays.addColumn(h -> h.date().toString()).setHeader(getTranslation("holidays.col.date")).setAutoWidth(true);
        holidays.addColumn(h -> weekday(h.date().getDayOfWeek())).setHeader(getTranslation("holidays.col.weekday")).setAutoWidth(true);
        holidays.addColumn(Holiday::name).setHeader(getTranslation("holidays.col.name")).setFlexGrow(1);
        holidays.addComponentColumn(this::removeButton).setAutoWidth(true).setFlexGrow(0);

        submittedOn.setLabel(getTranslation("holidays.effect.submittedOn"));
        submittedOn.setId("holiday-effect-date");
        isoDates(submittedOn);
        submittedOn.setValue(today);
        submittedOn.addValueChangeListener(change -> refreshEffect());
        effect.setId("holiday-effect");

        // Add and preview above the list: a year's list runs to a few dozen rows.
        add(new H2(getTranslation("holidays.title")), new Paragraph(getTranslation("holidays.hint")),
                new H3(getTranslation("holidays.addTitle")), form,
                new H3(getTranslation("holidays.effect.title")), new Paragraph(getTranslation("holidays.effect.hint")),
                submittedOn, effect,
                new H3(getTranslation("holidays.listTitle")), year, holidays);
        refreshHolidays();
        refreshEffect();
    }

    private void addHoliday() {
        date.setInvalid(false);
        name.setInvalid(false);
        boolean complete = required(date, date.getValue() != null, "holidays.dateRequired")
                & required(name, !name.getValue().isBlank(), "holidays.nameRequired");
        if (!complete) {
            return;
        }
        // The year selector offers these years only, so a holiday outside them could not be listed.
        if (date.getValue().isBefore(date.getMin()) || date.getValue().isAfter(date.getMax())) {
            date.setErrorMessage(getTranslation("holidays.dateOutOfRange", date.getMin().toString(), date.getMax().toString()));
            date.setInvalid(true);
            return;
        }
        try {
            new Holiday(date.getValue(), name.getValue());
        } catch (DomainException badName) {
            name.setErrorMessage(badName.messageIn(getLocale()));
            name.setInvalid(true);
            return;
        }
        try {
            ManageHolidays.Added added = manageHolidays.add(actor, date.getValue(), name.getValue());
            Holiday holiday = added.holiday();
            Errors.success(getTranslation(added.movesDueDates() ? "holidays.added" : "holidays.addedOnWeekend",
                    holiday.date().toString(), weekday(holiday.date().getDayOfWeek())));
            date.clear();
            name.clear();
            showYear(holiday.date().getYear());
            refreshEffect();
        } catch (DomainException refused) {
            // The name passed its own rules above: what is left (a holiday already there) is about the date.
            date.setErrorMessage(refused.messageIn(getLocale()));
            date.setInvalid(true);
        }
    }

    private boolean required(HasValidation field, boolean present, String messageKey) {
        if (!present) {
            field.setErrorMessage(getTranslation(messageKey));
            field.setInvalid(true);
        }
        return present;
    }

    private Button removeButton(Holiday holiday) {
        Button remove = new Button(VaadinIcon.TRASH.create(), click -> confirmRemoval(holiday));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClassName("holiday-remove");
        remove.getElement().setAttribute("data-date", holiday.date().toString());
        remove.setAriaLabel(getTranslation("holidays.remove", holiday.date().toString()));
        return remove;
    }

    private void confirmRemoval(Holiday holiday) {
        ConfirmDialog dialog = new ConfirmDialog();
        dialog.setId("holiday-remove-dialog");
        dialog.setHeader(getTranslation("holidays.remove.title"));
        dialog.setText(getTranslation("holidays.remove.text", holiday.date().toString(), holiday.name()));
        dialog.setCancelable(true);
        dialog.setCancelText(getTranslation("holidays.remove.keep"));
        dialog.setConfirmText(getTranslation("holidays.remove.confirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(confirm -> {
            if (Errors.attempt(() -> manageHolidays.remove(actor, holiday.date())).isPresent()) {
                Errors.success(getTranslation("holidays.removed", holiday.date().toString()));
            }
            refreshHolidays();
            refreshEffect();
        });
        dialog.open();
    }

    private void showYear(int shown) {
        if (year.getValue() != null && year.getValue() == shown) {
            refreshHolidays();
        } else {
            year.setValue(shown);
        }
    }

    private void refreshHolidays() {
        Integer shown = year.getValue();
        holidays.setItems(shown == null ? List.of()
                : Errors.attempt(() -> manageHolidays.inYear(actor, shown)).orElse(List.of()));
    }

    private void refreshEffect() {
        effect.removeAll();
        LocalDate day = submittedOn.getValue();
        if (day == null) {
            return;
        }
        Errors.attempt(() -> manageHolidays.effectOn(actor, day)).orElse(List.of()).forEach(preview -> effect.add(line(preview)));
    }

    private Paragraph line(DueDatePreview preview) {
        String type = preview.type().name();
        Span firstContact = new Span(preview.firstContactBy().toString());
        firstContact.setId("effect-" + type.toLowerCase() + "-first-contact");
        Span decision = new Span(preview.decisionBy().toString());
        decision.setId("effect-" + type.toLowerCase() + "-decision");
        return new Paragraph(new Span(getTranslation("holidays.effect.type", type) + " "),
                new Span(getTranslation("holidays.effect.firstContact") + " "), firstContact,
                new Span(" · " + getTranslation("holidays.effect.decision") + " "), decision);
    }

    private String weekday(DayOfWeek day) {
        return day.getDisplayName(TextStyle.FULL, getLocale());
    }

    private static void isoDates(DatePicker picker) {
        picker.setI18n(new DatePicker.DatePickerI18n().setDateFormat("yyyy-MM-dd").setFirstDayOfWeek(1));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("holidays.title") + " · CertDesk";
    }
}
