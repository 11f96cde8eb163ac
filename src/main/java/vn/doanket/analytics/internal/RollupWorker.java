package vn.doanket.analytics.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doanket.analytics.ValueChange;
import vn.doanket.indicators.DataValueLookup;
import vn.doanket.indicators.Period;
import vn.doanket.platform.LoopComponent;

/**
 * Turns the marks of committed saves into totals, many saves at a time: the marked fields, each with
 * the figure of its newest mark, are handed to the {@link RollupEngine} as one batch, whose changes go
 * into the totals in the same transaction. One worker runs at a time across all instances (an
 * advisory lock); it is woken when a save commits and looks again every 100 ms, but starts at most one
 * round of batches every {@link #gatherMillis}: the saves committed meanwhile go into one batch and
 * share its province and national rows. A read of the totals calls {@link #catchUp()} first, so nobody
 * ever sees a committed save missing from a total.
 */
@Component
public class RollupWorker extends LoopComponent {

    private static final Logger log = LoggerFactory.getLogger(RollupWorker.class);
    // marks (a form's fields each): about a hundred forms, large enough to share the province and national
    // rows, small enough that a reader waiting behind a batch waits milliseconds, not seconds
    static final int BATCH = 100;

    /**
     * The least time between the starts of two rounds ({@code doanket.analytics.rollup-gather-millis}).
     * Woken by every save, the worker took two or three forms a batch under load, and each batch rewrote
     * the national rows of every indicator and period its forms touched, and paid its own locks and round
     * trips; waiting lets a batch hold the forms of many saves, and the longer it waits the more of them
     * share each province's rows. Readers never wait for it: they catch up themselves.
     */
    private final long gatherMillis;

    private final PendingChanges pending;
    private final DataValueLookup lookup;
    private final RollupEngine engine;
    private final DeltaFolder folder;
    private final Indicators indicators;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final Semaphore wake = new Semaphore(0);

    RollupWorker(
            PendingChanges pending,
            DataValueLookup lookup,
            RollupEngine engine,
            DeltaFolder folder,
            Indicators indicators,
            JdbcTemplate jdbc,
            PlatformTransactionManager transactions,
            OwnFiguresUpgrade upgraded,
            @Value("${doanket.analytics.rollup-gather-millis:200}") long gatherMillis) {
        super("analytics-rollup");
        // upgraded: asked for so that the totals are in their current form before any batch changes them
        this.pending = pending;
        this.lookup = lookup;
        this.engine = engine;
        this.folder = folder;
        this.indicators = indicators;
        this.gatherMillis = Math.max(0, gatherMillis);
        this.jdbc = jdbc;
        this.tx = new TransactionTemplate(transactions);
        this.tx.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
        pending.onCommit(wake::release);
    }

    /**
     * Brings the totals up to date with every committed save, in a transaction of its own. A reader
     * that cannot get the worker's lock within a few seconds (a stuck batch) reads without waiting
     * longer: its figures are then at most that batch behind.
     */
    public void catchUp() {
        long newest = pending.newest();
        if (newest == 0) {
            return;
        }
        try {
            drain(true, newest); // only what committed before the read: saves arriving meanwhile are not its business
        } catch (RuntimeException e) {
            // a read must still answer: the worker retries, and the figures lag until it succeeds
            log.warn("Analytics could not catch up before a read; the totals may lag: {}", e.getMessage());
        }
    }

    /**
     * For a change of how figures are spread (split weights): brings the totals up to date, then keeps
     * the worker out until the caller's transaction ends, so no batch spreads figures by weights that are
     * being replaced.
     */
    public void holdUntilCommit() {
        catchUp();
        jdbc.execute("select pg_advisory_xact_lock(7720, 2)");
    }

    /** Processes marks until none is left; returns how many marks (rows) were taken. */
    int drain(boolean reader, long upTo) {
        return drain(reader, upTo, false);
    }

    /**
     * Processes batches until none is left or, when {@code whileFull}, until a batch found fewer marks
     * than it may take: marks committed during that batch then wait for the next round.
     */
    private int drain(boolean reader, long upTo, boolean whileFull) {
        int total = 0;
        int n;
        do {
            Integer done = tx.execute(s -> batch(reader, upTo));
            n = done == null ? 0 : done;
            total += n;
        } while (whileFull ? n >= BATCH : n > 0);
        return total;
    }

    private int batch(boolean reader, long upTo) {
        // The totals are derived from the saved values: a batch need not wait for its commit to reach the
        // disk. If the server crashes before it does, the batch is lost together with its taking of the
        // marks (one transaction, and the log is replayed in order), so the marks are still there after
        // the restart and the next batch totals them again. The saves themselves commit synchronously.
        jdbc.execute("set local synchronous_commit = off");
        if (reader) {
            jdbc.execute("set local lock_timeout = '5s'");
        }
        jdbc.execute("select pg_advisory_xact_lock(7720, 2)");
        PendingChanges.Taken taken = pending.take(BATCH, upTo);
        if (taken.isEmpty()) {
            return 0;
        }
        List<PendingChanges.Mark> marks = taken.fields();
        List<PendingChanges.Mark> fields = new ArrayList<>(marks.size());
        List<DataValueLookup.Field> unknown = new ArrayList<>();
        for (PendingChanges.Mark m : marks) {
            if (!known(m.indicatorId())) {
                // an indicator deleted after its last value was removed: nothing of it is left to total,
                // and keeping the mark would stop every later batch behind it
                log.info("Dropped a roll-up mark of indicator {}, which no longer exists", m.indicatorId());
                continue;
            }
            fields.add(m);
            if (taken.unknown().contains(m)) {
                unknown.add(field(m));
            }
        }
        // only marks written before they carried figures are read back from the stored values
        Map<DataValueLookup.Field, BigDecimal> looked = unknown.isEmpty() ? Map.of() : lookup.figures(unknown);
        List<ValueChange> changes = new ArrayList<>(fields.size());
        List<BigDecimal> previous = new ArrayList<>(fields.size());
        for (PendingChanges.Mark m : fields) {
            BigDecimal figure = taken.figures().containsKey(m) ? taken.figures().get(m) : looked.get(field(m));
            changes.add(new ValueChange(m.indicatorId(), m.unitId(), m.option(), Period.parse(m.periodId()), figure));
            // a figure replaced, as its mark told: the engine may then change the totals by the difference
            previous.add(taken.previous().get(m));
        }
        engine.apply(changes, previous);
        folder.foldNow();
        return taken.rows();
    }

    private static DataValueLookup.Field field(PendingChanges.Mark m) {
        return new DataValueLookup.Field(m.indicatorId(), m.unitId(), m.periodId(), m.option());
    }

    private boolean known(long indicatorId) {
        try {
            indicators.byId(indicatorId);
            return true;
        } catch (vn.doanket.indicators.IndicatorNotFoundException e) {
            return false;
        }
    }

    @Override
    protected void loop() {
        long round = System.nanoTime() - TimeUnit.MILLISECONDS.toNanos(gatherMillis);
        while (shouldRun()) {
            try {
                wake.tryAcquire(100, TimeUnit.MILLISECONDS);
                long early = TimeUnit.MILLISECONDS.toNanos(gatherMillis) - (System.nanoTime() - round);
                if (early > 0) {
                    TimeUnit.NANOSECONDS.sleep(early);
                }
                wake.drainPermits();
                round = System.nanoTime();
                drain(false, Long.MAX_VALUE, true);
            } catch (InterruptedException e) {
                return;
            } catch (RuntimeException e) {
                log.warn("Rolling up saved values failed; will retry: {}", e.getMessage());
            }
        }
    }
}
