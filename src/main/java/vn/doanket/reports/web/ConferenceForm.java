package vn.doanket.reports.web;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import vn.doanket.platform.Messages;
import vn.doanket.reports.Conference;
import vn.doanket.reports.NewConference;
import vn.doanket.reports.ReportException;

/**
 * The conference form as typed: strings, so nothing the user typed is lost when a field is wrong.
 * Three task rows are offered; blank ones are ignored.
 */
record ConferenceForm(
        String kind,
        String heldOn,
        String place,
        String chair,
        String attendees,
        String reportPeriod,
        String conclusions,
        List<String> taskText,
        List<String> taskOwner,
        List<String> taskDue) {

    static final int TASK_ROWS = 3;

    ConferenceForm {
        taskText = rows(taskText);
        taskOwner = rows(taskOwner);
        taskDue = rows(taskDue);
    }

    static ConferenceForm blank(String unitCode, LocalDate today) {
        return new ConferenceForm(
                Conference.Kind.QUARTERLY.name(), today.toString(), "", "", "", "", "", null, List.of(unitCode), null);
    }

    /** The conference to record, or the problems found, in the reader's language. */
    NewConference toConference(List<String> errors, Locale locale) {
        Messages says = Messages.of(ReportException.BUNDLE, locale);
        Conference.Kind k = null;
        try {
            k = Conference.Kind.valueOf(kind == null ? "" : kind);
        } catch (IllegalArgumentException e) {
            errors.add(says.get("error.report.conf.kind-required"));
        }
        LocalDate day = date(heldOn, says.get("error.report.conf.held-on"), errors, says);
        if (isBlank(place)) {
            errors.add(says.get("error.report.conf.place-required"));
        }
        if (isBlank(chair)) {
            errors.add(says.get("error.report.conf.chair-required"));
        }
        List<NewConference.NewTask> tasks = new ArrayList<>();
        for (int i = 0; i < TASK_ROWS; i++) {
            if (isBlank(taskText.get(i))) {
                continue;
            }
            String row = Integer.toString(i + 1);
            LocalDate due = date(taskDue.get(i), says.get("error.report.conf.task-due", row), errors, says);
            if (isBlank(taskOwner.get(i))) {
                errors.add(says.get("error.report.conf.task-owner-required", row));
            }
            tasks.add(new NewConference.NewTask(taskText.get(i).strip(), taskOwner.get(i), due));
        }
        return errors.isEmpty()
                ? new NewConference(k, day, place, chair, attendees, reportPeriod, conclusions, tasks)
                : null;
    }

    private static LocalDate date(String s, String label, List<String> errors, Messages says) {
        try {
            return LocalDate.parse(s == null ? "" : s.strip());
        } catch (DateTimeParseException e) {
            errors.add(says.get("error.report.conf.bad-date", label));
            return null;
        }
    }

    private static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    private static List<String> rows(List<String> in) {
        List<String> out = new ArrayList<>(in == null ? List.of() : in);
        while (out.size() < TASK_ROWS) {
            out.add("");
        }
        return out.subList(0, TASK_ROWS);
    }
}
