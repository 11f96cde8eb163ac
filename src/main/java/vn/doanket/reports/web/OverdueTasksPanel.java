package vn.doanket.reports.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;
import vn.doanket.analytics.DashboardPanel;
import vn.doanket.organization.Unit;
import vn.doanket.reports.Conference;
import vn.doanket.reports.Conferences;

/**
 * The key tasks conferences gave a unit that have run past their due date, on that unit's dashboard
 * (the analytics module shows the panel without knowing about conferences).
 */
@Component
class OverdueTasksPanel implements DashboardPanel {

    /** Lines shown; the title counts them all and the link leads to the full list. */
    static final int SHOWN = 8;

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    private final Conferences conferences;
    private final MessageSource messages;

    OverdueTasksPanel(Conferences conferences, MessageSource messages) {
        this.conferences = conferences;
        this.messages = messages;
    }

    @Override
    public Optional<Panel> panel(Unit unit, LocalDate today) {
        if (unit.isHistoric()) {
            return Optional.empty(); // tasks are given to units in force; a code may since name another unit
        }
        List<Conference.Task> overdue = conferences.overdue(unit.code(), today);
        if (overdue.isEmpty()) {
            return Optional.empty();
        }
        String page = "/reports/" + unit.code() + "/conferences";
        List<Line> lines = overdue.stream()
                .limit(SHOWN)
                .map(t -> new Line(
                        t.description(),
                        text(
                                "report.dashboard.overdue.due",
                                t.dueOn().format(DAY),
                                ChronoUnit.DAYS.between(t.dueOn(), today)),
                        page))
                .toList();
        return Optional.of(new Panel(
                text("report.dashboard.overdue.title", overdue.size()),
                lines,
                page,
                text("report.dashboard.overdue.link"),
                true));
    }

    @Override
    public int order() {
        return 10;
    }

    private String text(String key, Object... args) {
        return messages.getMessage(key, args, LocaleContextHolder.getLocale());
    }
}
