package vn.doanket.indicators;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The catalogue as data entry checks it, held in memory: every save of a form looked its indicators
 * up by code and its breakdowns' options, one catalogue read per save. The indicators are dropped
 * when an {@link IndicatorCatalogueChanged} commits (the catalogue editor publishes one per edit) and
 * read afresh by the next save; a read that started before the change does not put its older copy
 * back. Breakdown options are reference data written only by migrations, so they are kept.
 */
@Component
class CatalogueCache {

    private final IndicatorCatalogue catalogue;
    private final AtomicLong generation = new AtomicLong();
    private volatile Snapshot snapshot;
    private volatile Map<Long, List<PeriodType>> collected;
    private final Map<String, List<CategoryOption>> options = new ConcurrentHashMap<>();

    private final DataValueStore store;

    CatalogueCache(IndicatorCatalogue catalogue, DataValueStore store) {
        this.catalogue = catalogue;
        this.store = store;
    }

    /** The indicators by id and by upper-case code. */
    record Snapshot(Map<Long, Indicator> byId, Map<String, Indicator> byCode) {}

    Snapshot snapshot() {
        Snapshot s = snapshot;
        if (s != null) {
            return s;
        }
        long seen = generation.get();
        Map<Long, Indicator> byId = new HashMap<>();
        Map<String, Indicator> byCode = new HashMap<>();
        for (Indicator i : catalogue.all()) {
            byId.put(i.id(), i);
            byCode.put(i.code().toUpperCase(Locale.ROOT), i);
        }
        s = new Snapshot(Map.copyOf(byId), Map.copyOf(byCode));
        synchronized (this) {
            if (generation.get() == seen) {
                snapshot = s;
            }
        }
        return s;
    }

    /** The indicator with this code (any case), or null when the catalogue has none. */
    Indicator byCode(String code) {
        return code == null ? null : snapshot().byCode().get(code.strip().toUpperCase(Locale.ROOT));
    }

    /** The indicator with this id, or null. */
    Indicator byId(long id) {
        return snapshot().byId().get(id);
    }

    /** The options of a breakdown in display order. */
    List<CategoryOption> options(String category) {
        List<CategoryOption> found = options.get(category);
        if (found == null) {
            found = List.copyOf(catalogue.options(category));
            if (!found.isEmpty()) {
                options.put(category, found);
            }
        }
        return found;
    }

    /**
     * The period types of the forms collecting each indicator (an indicator no form collects is absent),
     * read once and kept until a form or the catalogue changes: every save checks its values against it.
     */
    Map<Long, List<PeriodType>> collectedTypes() {
        Map<Long, List<PeriodType>> c = collected;
        if (c != null) {
            return c;
        }
        long seen = generation.get();
        c = Map.copyOf(store.collectedPeriodTypes());
        synchronized (this) {
            if (generation.get() == seen) {
                collected = c;
            }
        }
        return c;
    }

    /** Drops the cached indicators once an edit of the catalogue has committed. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(IndicatorCatalogueChanged changed) {
        invalidate();
    }

    /** Drops what is remembered of the forms once a form edit has committed. */
    @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT, fallbackExecution = true)
    void on(ReportFormChanged changed) {
        invalidate();
    }

    synchronized void invalidate() {
        generation.incrementAndGet();
        snapshot = null;
        collected = null;
    }
}
