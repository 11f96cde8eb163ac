package vn.doanket.identity.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;
import vn.doanket.platform.LoopComponent;

/**
 * Keeps the accounts read for login between requests, for as long as the database says nothing about
 * accounts changed. Every change to an account, its roles or the units commits a notification on
 * {@link #CHANNEL} (triggers of V67), and the cache empties when it arrives: on every instance, a few
 * milliseconds after the commit. The instance that makes a change through {@link #changed()} empties it
 * already when the change commits, so a lock or a new password set here holds from the next request.
 *
 * <p>The cache is only used while its listening connection is alive, which it proves by a round trip
 * every {@link #PROBE}; while it is not (the database restarted, the connection broke), every request
 * reads its account afresh, as if there were no cache, and the cache starts empty when listening
 * resumes. An entry is also never older than {@link #MAX_AGE}, so that a notification lost in a way
 * nobody noticed cannot keep an account's old state for long.
 *
 * <p>A request that read its account while a change was committing must not keep the old state: each
 * emptying counts a generation, and a read is kept only if no emptying happened between its start and
 * its keeping.
 */
@Component
public class AccountCache extends LoopComponent {

    /** The channel the triggers notify on. */
    public static final String CHANNEL = "doanket_accounts";

    static final Duration MAX_AGE = Duration.ofMinutes(1);
    static final Duration PROBE = Duration.ofSeconds(5);
    static final int MAX_ENTRIES = 10_000;

    private static final Logger log = LoggerFactory.getLogger(AccountCache.class);

    private record Entry(Object value, long readAt) {}

    private final DataSource dataSource;
    private final ConcurrentHashMap<String, Entry> entries = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean listening;
    private volatile long heardAt;

    AccountCache(DataSource dataSource) {
        super("account-changes");
        this.dataSource = dataSource;
    }

    /**
     * The account of this username as {@code read} gives it, from the cache when it holds a read made
     * since the last change. What {@code read} throws is thrown and nothing is kept.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(String username, Supplier<T> read) {
        if (!listening()) {
            return read.get();
        }
        long now = System.nanoTime();
        Entry e = entries.get(username);
        if (e != null && now - e.readAt() < MAX_AGE.toNanos()) {
            return (T) e.value();
        }
        long seen = generation.get();
        T value = read.get();
        if (generation.get() == seen && listening()) {
            if (entries.size() >= MAX_ENTRIES) {
                entries.clear(); // a bound, not a policy: the next request of each account reads it again
            }
            entries.put(username, new Entry(value, now));
            if (generation.get() != seen) {
                // emptied between the check and the keeping: what was kept may be older than the change
                entries.remove(username);
            }
        }
        return value;
    }

    /**
     * Called by whoever changes accounts, roles or units in the current transaction: the cache empties
     * now and again when the transaction commits, so no request keeps a state read before the commit.
     */
    public void changed() {
        forgetAll();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCompletion(int status) {
                    forgetAll();
                }
            });
        }
    }

    /** True while a change made anywhere reaches this cache (otherwise every read goes to the database). */
    public boolean listening() {
        return listening && System.nanoTime() - heardAt < 2 * PROBE.toNanos();
    }

    int size() {
        return entries.size();
    }

    private void forgetAll() {
        generation.incrementAndGet();
        entries.clear();
    }

    @Override
    protected void loop() {
        while (shouldRun()) {
            try (Connection c = dataSource.getConnection()) {
                c.setAutoCommit(true);
                try (Statement s = c.createStatement()) {
                    s.execute("listen " + CHANNEL);
                }
                PGConnection pg = c.unwrap(PGConnection.class);
                // whatever changed while nobody listened is forgotten before the cache is used again
                forgetAll();
                heardAt = System.nanoTime();
                listening = true;
                long probed = System.nanoTime();
                while (shouldRun()) {
                    PGNotification[] notes = pg.getNotifications(250);
                    if (notes != null && notes.length > 0) {
                        forgetAll();
                    }
                    if (System.nanoTime() - probed >= PROBE.toNanos()) {
                        try (Statement s = c.createStatement()) {
                            s.execute("select 1");
                        }
                        probed = System.nanoTime();
                    }
                    heardAt = System.nanoTime();
                }
            } catch (SQLException | RuntimeException e) {
                if (shouldRun()) {
                    log.warn("Account changes are not heard ({}); accounts are read on every request", e.getMessage());
                }
            } finally {
                listening = false;
                forgetAll();
            }
            try {
                TimeUnit.SECONDS.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    /** Stops listening: from now on every request reads its account. */
    @Override
    public void stop() {
        super.stop();
        listening = false;
        forgetAll();
    }
}
