package vn.doanket.analytics.internal;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.IndicatorCatalogue;
import vn.doanket.indicators.IndicatorCatalogueChanged;
import vn.doanket.indicators.IndicatorNotFoundException;

/**
 * The catalogue by id, cached: every save looks up its indicator's rules. An edit of the catalogue
 * drops the changed indicator once its transaction commits, so the next look-up reads it afresh
 * (a new indicator is simply not cached yet).
 */
@Component
public class Indicators {

    private final IndicatorCatalogue catalogue;
    private final Map<Long, Indicator> byId = new ConcurrentHashMap<>();

    Indicators(IndicatorCatalogue catalogue) {
        this.catalogue = catalogue;
    }

    public Indicator byId(long id) {
        Indicator cached = byId.get(id);
        if (cached != null) {
            return cached;
        }
        Indicator found = catalogue.findById(id).orElseThrow(() -> new IndicatorNotFoundException(Long.toString(id)));
        byId.put(id, found);
        return found;
    }

    /** Caches the whole catalogue. */
    public void preload() {
        catalogue.all().forEach(i -> byId.put(i.id(), i));
    }

    public Indicator byCode(String code) {
        Indicator found = catalogue.get(code);
        byId.putIfAbsent(found.id(), found);
        return found;
    }

    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(IndicatorCatalogueChanged changed) {
        byId.remove(changed.indicatorId());
    }

    public boolean isAggregated(Indicator indicator) {
        return !indicator.isComputed()
                && indicator.valueType().ordinal() != vn.doanket.indicators.ValueType.TEXT.ordinal();
    }
}
