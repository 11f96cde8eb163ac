package vn.doanket.analytics.internal;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Folds the delta log into the aggregates five times a second. Reads add the pending deltas, so
 * this only keeps the log short; it never decides what a reader sees.
 */
@Component
public class DeltaFolder implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(DeltaFolder.class);

    static final String FOLD =
            """
            with d as (delete from ana_delta returning *)
            insert into ana_aggregate as a (indicator_id, period_id, tree_from, unit_id, sum, count, yes, max)
            select indicator_id, period_id, tree_from, unit_id, sum(sum), sum(count), sum(yes), max(max)
            from d group by indicator_id, period_id, tree_from, unit_id
            order by indicator_id, period_id, tree_from, unit_id
            on conflict (indicator_id, period_id, tree_from, unit_id) do update set
                sum = a.sum + excluded.sum, count = a.count + excluded.count, yes = a.yes + excluded.yes,
                max = greatest(a.max, excluded.max)""";

    private final JdbcTemplate jdbc;
    private final TransactionTemplate tx;
    private final MaxRecompute maxima;
    private ScheduledExecutorService timer;

    DeltaFolder(JdbcTemplate jdbc, TransactionTemplate tx, MaxRecompute maxima) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.maxima = maxima;
    }

    /** Folds now, in the caller's transaction if there is one; the advisory lock serialises it with the timer. */
    public int foldNow() {
        jdbc.execute("select pg_advisory_xact_lock(7720, 1)");
        return jdbc.update(FOLD);
    }

    private void tick() {
        try {
            tx.executeWithoutResult(s -> foldNow());
            var marks = tx.execute(s -> maxima.takeMarks());
            if (marks != null && !marks.isEmpty()) {
                try {
                    tx.executeWithoutResult(s -> {
                        foldNow();
                        maxima.recompute(marks);
                    });
                } catch (RuntimeException e) {
                    marks.forEach(m -> tx.executeWithoutResult(s -> maxima.remark(m)));
                    throw e;
                }
            }
        } catch (RuntimeException e) {
            log.warn("Folding analytics deltas failed; will retry: {}", e.getMessage());
        }
    }

    @Override
    public void start() {
        timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "analytics-fold");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::tick, 200, 200, TimeUnit.MILLISECONDS);
    }

    @Override
    public void stop() {
        if (timer != null) {
            timer.shutdownNow();
            timer = null;
        }
    }

    @Override
    public boolean isRunning() {
        return timer != null;
    }
}
