package vn.doanket.analytics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.doanket.analytics.ValueChange;
import vn.doanket.indicators.DataValueSaved;
import vn.doanket.indicators.DataValuesSaved;
import vn.doanket.indicators.Period;

/**
 * Keeps the totals in step with data entry. Synchronous on purpose: the totals change in the
 * transaction that saves the values, all values of one save as one batch (a few statements for a
 * whole form), so a figure is in the national total the moment it commits and a save that rolls back
 * leaves no trace in them.
 */
@Component
class DataValueListener {

    private final RollupEngine engine;

    DataValueListener(RollupEngine engine) {
        this.engine = engine;
    }

    @EventListener
    void on(DataValuesSaved saved) {
        List<ValueChange> changes = new ArrayList<>(saved.values().size());
        for (DataValueSaved v : saved.values()) {
            ValueChange c = change(v);
            if (c != null) {
                changes.add(c);
            }
        }
        if (!changes.isEmpty()) {
            engine.apply(changes);
        }
    }

    /** A value announced on its own (the batch event is what data entry publishes). */
    @EventListener
    void on(DataValueSaved saved) {
        ValueChange c = change(saved);
        if (c != null) {
            engine.apply(List.of(c));
        }
    }

    private static ValueChange change(DataValueSaved saved) {
        BigDecimal value;
        if (saved.removed()) {
            value = null;
        } else if (saved.number() != null) {
            value = saved.number();
        } else if (saved.answer() != null) {
            value = saved.answer() ? BigDecimal.ONE : BigDecimal.ZERO;
        } else {
            return null; // text: nothing to add up
        }
        return new ValueChange(
                saved.indicatorId(), saved.unitId(), saved.option(), Period.parse(saved.periodId()), value);
    }
}
