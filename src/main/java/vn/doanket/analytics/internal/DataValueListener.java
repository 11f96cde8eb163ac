package vn.doanket.analytics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.doanket.indicators.DataValueSaved;
import vn.doanket.indicators.DataValuesSaved;

/**
 * Keeps the totals in step with data entry. Synchronous on purpose, but light: in the transaction that
 * saves the values it only marks the fields that changed (one statement for a whole form), so a save
 * that rolls back leaves no mark, and a save that commits is never lost to the totals. The
 * {@link RollupWorker} turns the marks of many saves into totals at once, and every read of the totals
 * catches up with the marks first.
 */
@Component
class DataValueListener {

    private final PendingChanges pending;
    private final Indicators indicators;

    DataValueListener(PendingChanges pending, Indicators indicators) {
        this.pending = pending;
        this.indicators = indicators;
    }

    @EventListener
    void on(DataValuesSaved saved) {
        List<PendingChanges.Marked> marks = new ArrayList<>(saved.values().size());
        for (DataValueSaved v : saved.values()) {
            PendingChanges.Marked m = mark(v);
            if (m != null) {
                marks.add(m);
            }
        }
        pending.mark(marks);
    }

    /** A value announced on its own (the batch event is what data entry publishes). */
    @EventListener
    void on(DataValueSaved saved) {
        PendingChanges.Marked m = mark(saved);
        if (m != null) {
            pending.mark(List.of(m));
        }
    }

    /** The field and the figure the save left in it (yes is 1, no is 0; none when removed). */
    private PendingChanges.Marked mark(DataValueSaved saved) {
        boolean counted = saved.removed()
                || saved.number() != null
                || saved.answer() != null
                || saved.previousNumber() != null
                || saved.previousAnswer() != null;
        if (!counted || !indicators.isAggregated(indicators.byId(saved.indicatorId()))) {
            return null; // text, or an indicator the totals do not hold
        }
        BigDecimal figure = saved.removed() ? null : figure(saved.number(), saved.answer());
        return new PendingChanges.Marked(
                new PendingChanges.Mark(
                        saved.indicatorId(),
                        saved.unitId(),
                        saved.option() == null || saved.option().isBlank() ? "DEFAULT" : saved.option(),
                        saved.periodId()),
                figure,
                figure(saved.previousNumber(), saved.previousAnswer()));
    }

    /** A value as the totals count it: the number, or 1 and 0 for yes and no; null for none. */
    private static BigDecimal figure(BigDecimal number, Boolean answer) {
        return number != null ? number : answer == null ? null : answer ? BigDecimal.ONE : BigDecimal.ZERO;
    }
}
