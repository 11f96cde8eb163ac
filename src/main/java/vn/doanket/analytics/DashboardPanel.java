package vn.doanket.analytics;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import vn.doanket.organization.Unit;

/**
 * A panel another module adds to a unit's dashboard (e.g. the reports module's overdue conference
 * tasks), so the dashboard shows it without depending on that module: the module declares a bean
 * implementing this, and the dashboard lists every such panel that has something to say, by
 * {@link #order()}. Texts come already written in the reader's language.
 */
public interface DashboardPanel {

    /** The panel for the unit on {@code today}, or empty when there is nothing to show. */
    Optional<Panel> panel(Unit unit, LocalDate today);

    /** Panels with a lower order come first. */
    default int order() {
        return 100;
    }

    /**
     * What the dashboard draws: a title, its lines, and a link to the page where they are dealt with.
     *
     * @param warning whether the panel calls for action (drawn in the warning colour)
     */
    record Panel(String title, List<Line> lines, String link, String linkText, boolean warning) {

        public Panel {
            lines = List.copyOf(lines);
        }
    }

    /** One line: its text, a detail beside it (a date, a count), and where it leads (may be null). */
    record Line(String text, String detail, String link) {}
}
