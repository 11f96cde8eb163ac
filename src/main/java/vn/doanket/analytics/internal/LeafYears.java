package vn.doanket.analytics.internal;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import vn.doanket.indicators.PeriodType;

/**
 * The values of fields' years (ana_value) that the roll-up read or wrote in its last batches, so that
 * the next batches need not read them again. A form is saved many times while it is filled in (each
 * field as it is typed, the whole form again before it is submitted), and every save made the roll-up
 * read the same years back: one index probe per field, about half of the roll-up's time in PostgreSQL on
 * the saves bench.
 *
 * <p>What is kept is trusted only while nobody else has written ana_value: every statement writing it
 * takes a number from the sequence ana_value_writes (V67), and a batch that finds another number than
 * the one its predecessor's own write took forgets everything before it reads. A batch's values are
 * kept only once it has committed; one that did not commit makes everything be forgotten. A batch
 * holds the keeper from {@link #begin} to {@link #end}, so the next one (perhaps a reader catching up,
 * on another thread, the moment the roll-up's lock is free) waits for what the last one kept.
 *
 * <p>Kept in arrays of numbers rather than objects: a first version kept maps of BigDecimals, and the
 * garbage collector's work on 200,000 long-lived maps, replaced every few seconds, cost the saves bench
 * more than the read it saved. A year is a slot of twelve values in units of 1/10,000 (ana_value's
 * scale), found by its packed key in a two-way set; a year that does not fit (a value too large, a key
 * out of range) is simply not kept. Slots are {@code capacity} rounded up to a power of two, about 110
 * bytes each; 0 keeps nothing.
 */
final class LeafYears {

    /** One field's values of the periods of one type in one year. */
    record Key(long indicatorId, long unitId, String option, int year, PeriodType type) {}

    /** ana_value_writes' newest number, and the sequence's object id (a sequence made anew restarts at 1). */
    record Stamp(long sequence, long number) {}

    private static final int PARTS = 12; // the most periods of one type in a year (months)
    private static final int USED = 1 << 31;
    private static final int RECENT = 1 << 30;

    private final int slots;
    private final long[] keys;
    private final int[] meta; // USED, RECENT, and bit k set when part k has a value
    private final long[] values;
    private final Map<String, Integer> options = new HashMap<>(); // under this object's lock
    private final Semaphore batch = new Semaphore(1);
    private Stamp stamp; // the number the values kept are current with; null: nothing kept

    LeafYears(int capacity) {
        int n = capacity <= 0 ? 0 : Integer.highestOneBit(Math.max(2, Math.min(capacity, 1 << 24) - 1)) << 1;
        this.slots = n;
        this.keys = new long[n];
        this.meta = new int[n];
        this.values = new long[n * PARTS];
    }

    boolean enabled() {
        return slots > 0;
    }

    /**
     * At the start of a batch, under the roll-up's lock: waits until the batch before has been kept or
     * forgotten, then forgets everything unless {@code now} is the number its own write took. A call
     * that returns true must be followed by one of {@link #end}; false (the batch before never ended):
     * the batch must neither use nor keep anything.
     */
    boolean begin(Stamp now) {
        boolean held;
        try {
            // the batch before ends within milliseconds of its commit; one that never does (its thread
            // stopped in the middle) must not stop the roll-up: this batch then neither uses nor keeps
            held = batch.tryAcquire(10, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            held = false;
        }
        synchronized (this) {
            if (!held || !now.equals(stamp)) {
                java.util.Arrays.fill(meta, 0);
                stamp = held ? now : null;
            }
        }
        return held;
    }

    /**
     * Puts the values kept of one field's year into {@code into}, by period id ({@code ids}: the year's
     * periods of the key's type, in their order); false when the year is not kept.
     */
    synchronized boolean get(Key key, List<String> ids, Map<String, BigDecimal> into) {
        long packed = pack(key);
        if (packed == -1 || ids.size() > PARTS) {
            return false;
        }
        int at = find(packed);
        if (at < 0) {
            return false;
        }
        meta[at] |= RECENT;
        meta[at ^ 1] &= ~RECENT;
        int present = meta[at];
        for (int k = 0; k < ids.size(); k++) {
            if ((present & (1 << k)) != 0) {
                into.put(ids.get(k), BigDecimal.valueOf(values[at * PARTS + k], 4));
            }
        }
        return true;
    }

    /**
     * Ends a batch begun with {@link #begin}. If it committed, keeps its years as it left them ({@code years}:
     * the field's values by period id, of which the year's periods {@code ids} are kept), current with
     * {@code after}; otherwise forgets everything.
     */
    void end(boolean committed, Map<Key, Map<String, BigDecimal>> years, Map<Key, List<String>> ids, Stamp after) {
        try {
            synchronized (this) {
                if (!committed) {
                    java.util.Arrays.fill(meta, 0);
                    stamp = null;
                    return;
                }
                years.forEach((key, year) -> put(key, year, ids.get(key)));
                stamp = after;
            }
        } finally {
            batch.release();
        }
    }

    /** How many years are kept (for tests). */
    synchronized int size() {
        int n = 0;
        for (int m : meta) {
            n += (m & USED) != 0 ? 1 : 0;
        }
        return n;
    }

    private void put(Key key, Map<String, BigDecimal> year, List<String> ids) {
        long packed = pack(key);
        if (packed == -1) {
            return;
        }
        int at = find(packed);
        long[] parts = new long[PARTS];
        int present = 0;
        boolean fits = ids != null && ids.size() <= PARTS;
        for (int k = 0; fits && k < ids.size(); k++) {
            BigDecimal v = year.get(ids.get(k));
            if (v == null) {
                continue;
            }
            try {
                // exact or refused: more than four decimals, or more than a long holds
                parts[k] = v.movePointRight(4).longValueExact();
                present |= 1 << k;
            } catch (ArithmeticException tooLargeOrTooFine) {
                fits = false;
            }
        }
        if (!fits) {
            if (at >= 0) {
                meta[at] = 0; // what was kept of it is no longer its value
            }
            return;
        }
        if (at < 0) {
            int set = slotOf(packed);
            at = (meta[set] & USED) == 0
                    ? set
                    : (meta[set + 1] & USED) == 0 ? set + 1 : (meta[set] & RECENT) != 0 ? set + 1 : set;
        }
        keys[at] = packed;
        meta[at] = USED | RECENT | present;
        meta[at ^ 1] &= ~RECENT;
        System.arraycopy(parts, 0, values, at * PARTS, PARTS);
    }

    private int find(long packed) {
        int set = slotOf(packed);
        for (int at = set; at < set + 2; at++) {
            if ((meta[at] & USED) != 0 && keys[at] == packed) {
                return at;
            }
        }
        return -1;
    }

    private int slotOf(long packed) {
        long h = packed; // every bit of the key moves every bit of the slot (MurmurHash3's finaliser)
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        h ^= h >>> 33;
        return (int) h & (slots - 2);
    }

    /**
     * The key in 63 bits (unit 24, indicator 16, option 8, year 12, type 3), or -1 when it does not fit
     * and the year is not kept.
     */
    private long pack(Key key) {
        Integer option = options.get(key.option());
        if (option == null) {
            if (options.size() >= 255) {
                return -1;
            }
            option = options.size();
            options.put(key.option(), option);
        }
        if (key.unitId() < 0
                || key.unitId() >= 1L << 24
                || key.indicatorId() < 0
                || key.indicatorId() >= 1L << 16
                || option >= 1 << 8
                || key.year() < 0
                || key.year() >= 1 << 12
                || key.type().ordinal() >= 1 << 3) {
            return -1;
        }
        return key.unitId() << 39
                | key.indicatorId() << 23
                | (long) option << 15
                | (long) key.year() << 3
                | key.type().ordinal();
    }
}
