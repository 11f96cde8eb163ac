package vn.doanket.analytics.internal;

import java.math.BigDecimal;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.doanket.analytics.ValueChange;
import vn.doanket.indicators.DataValueSaved;
import vn.doanket.indicators.Period;

/**
 * Keeps the totals in step with data entry. Synchronous on purpose: the totals change in the
 * transaction that saves the value (the values of one transaction as one batch, just before commit), so a figure is in the national total the moment it commits and
 * a save that rolls back leaves no trace in them.
 */
@Component
class DataValueListener {

    private final RollupEngine engine;

    DataValueListener(RollupEngine engine) {
        this.engine = engine;
    }

    @EventListener
    void on(DataValueSaved saved) {
        BigDecimal value;
        if (saved.removed()) {
            value = null;
        } else if (saved.number() != null) {
            value = saved.number();
        } else if (saved.answer() != null) {
            value = saved.answer() ? BigDecimal.ONE : BigDecimal.ZERO;
        } else {
            return; // text: nothing to add up
        }
        engine.apply(List.of(new ValueChange(
                saved.indicatorId(), saved.unitId(), saved.option(), Period.parse(saved.periodId()), value)));
    }
}
