package vn.doanket.analytics.internal;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.doanket.indicators.PeriodType;

/**
 * The values of fields' years (ana_value) that the roll-up read or wrote in its last batches, so that
 * the next batches need not read them again. A form is saved many times while it is filled in (each
 * field as it is typed, the whole form again before it is submitted), and every save made the roll-up
 * read the same years back: one index probe per field, about half of the roll-up's time in PostgreSQL on
 * the saves bench.
 *
 * <p>What is kept is trusted only while nobody else has written ana_value: every statement writing it
 * takes a number from the sequence ana_value_writes (V67), and a batch that finds a newer number than
 * the one its predecessor's own write took forgets everything before it reads. A batch's values are
 * kept only once it has committed; one that did not commit makes everything be forgotten. The least
 * recently used years go first once {@code capacity} are kept (0 keeps none).
 *
 * <p>Batches run one at a time (the roll-up's lock) but on different threads (the worker, readers
 * catching up), so every method is synchronized.
 */
final class LeafYears {

    /** One field's values of the periods of one type in one year. */
    record Key(long indicatorId, long unitId, String option, int year, PeriodType type) {}

    /** ana_value_writes' newest number, and the sequence's object id (a sequence made anew restarts at 1). */
    record Stamp(long sequence, long number) {}

    private final int capacity;
    private final LinkedHashMap<Key, Map<String, BigDecimal>> kept;
    private Stamp stamp; // the number the values kept are current with; null: nothing kept

    LeafYears(int capacity) {
        this.capacity = Math.max(0, capacity);
        this.kept = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Key, Map<String, BigDecimal>> eldest) {
                return size() > LeafYears.this.capacity;
            }
        };
    }

    boolean enabled() {
        return capacity > 0;
    }

    /**
     * At the start of a batch, under the roll-up's lock: forgets everything kept unless {@code now} is
     * the number the last committed batch's own write took.
     */
    synchronized void check(Stamp now) {
        if (!now.equals(stamp)) {
            kept.clear();
            stamp = now;
        }
    }

    /** The values kept of one field's year (period id → value; a period missing has none), or null. */
    synchronized Map<String, BigDecimal> get(Key key) {
        return kept.get(key);
    }

    /** After a batch committed: its years as it left them, current with {@code after}. */
    synchronized void committed(Map<Key, Map<String, BigDecimal>> years, Stamp after) {
        // what was kept before stays current: check() at the batch's start made sure nobody else had
        // written, and under the roll-up's lock only the batch itself wrote since
        kept.putAll(years);
        stamp = after;
    }

    /** After a batch that did not commit, or when the values may have changed behind the roll-up's back. */
    synchronized void forget() {
        kept.clear();
        stamp = null;
    }

    synchronized int size() {
        return kept.size();
    }
}
