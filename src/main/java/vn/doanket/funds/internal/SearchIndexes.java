package vn.doanket.funds.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps a {@link SearchIndex} of every fund's statement lines and gifts entered by hand in memory and
 * current, with what the public sees of each (so pages are answered from memory). Built from the
 * database in the background at startup; until a fund's index is ready (or while a large import into
 * it is being added) the public search asks the database instead.
 *
 * <p>All changes are applied by one background thread, so snapshots are replaced one at a time:
 *
 * <ul>
 *   <li>after an import or a donor change commits in this instance, at once (the committing request
 *       waits for small changes, so its lines are searchable when it returns);
 *   <li>every second, for other instances: a fund whose imports (count, last id) changed is caught up
 *       with its lines past the index's last id (imports into one fund are serialised by the fund lock,
 *       so a fund's line ids grow in commit order), and the lines whose search words were rewritten
 *       (donor renamed or hidden) are read again, from the log V39's trigger writes; gifts (entered,
 *       reworded, reversed) and reversed lines come through the same log (V60).
 * </ul>
 */
@Component
public class SearchIndexes {

    private static final Logger log = LoggerFactory.getLogger(SearchIndexes.class);
    private static final int CHUNK = 100_000;
    /** A catch-up merges at most this many lines into one new snapshot (bounds what it holds meanwhile). */
    private static final int MERGE_LIMIT = 500_000;
    /**
     * At most this many imported lines wait in memory for the index (a parsed line holds about 350 bytes:
     * a million lines, or one per 2 KB of the heap allowed); more are read back from the database.
     */
    private static final long HANDED_LIMIT =
            Math.min(1_000_000, Runtime.getRuntime().maxMemory() / 2048);
    /** Changes up to this many lines are applied while the committing request waits. */
    private static final int WAIT_LIMIT = 20_000;

    /** A statement line with what the public sees of it (as TransactionSearch's SQL shows it). */
    private static final String LINES =
            """
            select l.id, l.booked_on - date '2000-01-01', l.credit + l.debit,
                   array_to_string(tsvector_to_array(l.search_words), ' '),
                   l.booked_at, l.reference, l.counterparty, l.details, l.debit, d.name, d.display,
                   exists (select 1 from funds_movement r where r.reverses_id = l.movement_id)
              from funds_statement_line l left join funds_donor d on d.id = l.donor_id
            """;

    /** A gift entered by hand, with its donor and whether it was reversed. */
    private static final String GIFTS =
            """
            select g.donation_id, g.received_on - date '2000-01-01', g.amount,
                   array_to_string(tsvector_to_array(g.search_words), ' '),
                   x.purpose, o.name, x.display, o.display,
                   exists (select 1 from funds_movement r where r.reverses_id = x.movement_id)
              from funds_donation_search g join funds_donation x on x.id = g.donation_id
              join funds_donor o on o.id = x.donor_id
            """;

    private final JdbcClient jdbc;
    private final PublicGifts gifts;
    private final boolean enabled;
    private final Map<Long, SearchIndex> indexes = new ConcurrentHashMap<>();
    private final Set<Long> stale = ConcurrentHashMap.newKeySet();
    /** Per fund: number of imports and the last import id seen, to notice imports of other instances. */
    private final Map<Long, List<Long>> importsSeen = new HashMap<>();

    private final Set<Long> appliedChanges = new HashSet<>();
    /** Lines imports of this instance committed, by fund, until the index takes them in. */
    private final Map<Long, List<ImportedLines>> handed = new ConcurrentHashMap<>();

    private final java.util.concurrent.atomic.AtomicLong handedLines = new java.util.concurrent.atomic.AtomicLong();
    /** Funds whose large imports committed and wait for one catch-up after the burst of imports. */
    private final Set<Long> pending = ConcurrentHashMap.newKeySet();
    /** Imports of this instance under way (parsing or writing). */
    private final AtomicInteger importsRunning = new AtomicInteger();
    /** When an import of this instance last started, ended or committed (System.nanoTime). */
    private volatile long lastImportActivity;
    /** When the oldest of the pending catch-ups was asked for (System.nanoTime), 0 for none. */
    private volatile long pendingSince;

    private final long quietNanos;
    private final long maxDeferNanos;
    private volatile boolean ready;
    private volatile boolean useIndex = true;
    private ScheduledExecutorService worker;

    SearchIndexes(
            JdbcClient jdbc,
            PublicGifts gifts,
            @Value("${doanket.funds.search-index:true}") boolean enabled,
            @Value("${doanket.funds.search-index-quiet-ms:300}") long quietMillis,
            @Value("${doanket.funds.search-index-max-defer-ms:30000}") long maxDeferMillis) {
        this.jdbc = jdbc;
        this.gifts = gifts;
        this.enabled = enabled;
        this.quietNanos = quietMillis * 1_000_000;
        this.maxDeferNanos = maxDeferMillis * 1_000_000;
    }

    @EventListener(ApplicationReadyEvent.class)
    void start() {
        if (!enabled || worker != null) {
            return;
        }
        worker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "funds-search-index");
            t.setDaemon(true);
            return t;
        });
        worker.execute(this::buildAll);
        worker.scheduleWithFixedDelay(this::pollQuietly, 1, 1, TimeUnit.SECONDS);
    }

    @jakarta.annotation.PreDestroy
    void stop() {
        if (worker != null) {
            worker.shutdownNow();
        }
    }

    /** The fund's index if it is current, otherwise null (ask the database). */
    SearchIndex current(long fundId) {
        if (!ready || !useIndex || stale.contains(fundId)) {
            return null;
        }
        return indexes.getOrDefault(fundId, SearchIndex.EMPTY);
    }

    /** For tests and the benchmark: compare with, or measure, the database path alone. */
    public void setUseIndex(boolean useIndex) {
        this.useIndex = useIndex;
    }

    /** For tests and the benchmark: waits until the startup build and every queued change are applied. */
    public boolean awaitCurrent(long timeoutMillis) {
        long end = System.currentTimeMillis() + timeoutMillis;
        while (System.currentTimeMillis() < end) {
            if (ready && stale.isEmpty()) {
                Future<?> f = worker.submit(() -> {});
                try {
                    f.get(Math.max(1, end - System.currentTimeMillis()), TimeUnit.MILLISECONDS);
                } catch (Exception e) {
                    return false;
                }
                if (ready && stale.isEmpty()) {
                    return true;
                }
            }
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** For the benchmark: the heap held by the fund's index, in bytes, and its size. */
    public String describe(long fundId) {
        SearchIndex index = indexes.get(fundId);
        return index == null
                ? "not built"
                : String.format(
                        "%,d lines, %,d words, %.1f MB of arrays",
                        index.size(), index.words(), index.heapBytes() / 1048576.0);
    }

    public long heapBytes(long fundId) {
        SearchIndex index = indexes.get(fundId);
        return index == null ? 0 : index.heapBytes();
    }

    /**
     * An import of this instance starts (before its file is parsed). Large imports that committed are
     * caught up with once none has run for a moment: see {@link #changed}.
     */
    public void importStarted() {
        importsRunning.incrementAndGet();
        lastImportActivity = System.nanoTime();
    }

    /** The import announced by {@link #importStarted} ended (written or refused; before its commit). */
    public void importEnded() {
        importsRunning.decrementAndGet();
        lastImportActivity = System.nanoTime();
    }

    /**
     * Called after a transaction that added {@code newLines} lines to the fund or rewrote some words
     * commits. A small change is applied while the committing request waits, so its lines are searchable
     * when it returns. A large import marks the fund stale (its searches ask the database, which has every
     * committed line) and is caught up with after the burst it belongs to: once no import of this
     * instance has started or ended for {@code search-index-quiet-ms}, or at the latest
     * {@code search-index-max-defer-ms} after the first of them. Ten files imported one after another
     * then cost one catch-up and one merge after the last, instead of a catch-up per file competing for
     * the cores with the import of the next file.
     */
    void changed(long fundId, int newLines) {
        if (worker == null) {
            return;
        }
        if (ready && (newLines > WAIT_LIMIT || pending.contains(fundId))) {
            lastImportActivity = System.nanoTime();
            if (pending.isEmpty()) {
                pendingSince = System.nanoTime();
            }
            // pending first, then stale: a drain finishing meanwhile leaves the fund stale while pending
            boolean added = pending.add(fundId);
            stale.add(fundId);
            if (added) {
                worker.schedule(this::drainPending, quietNanos, TimeUnit.NANOSECONDS);
            }
            return;
        }
        SearchIndex index = indexes.get(fundId);
        boolean wait = ready && newLines <= WAIT_LIMIT && (index == null || index.size() <= 200_000);
        if (!wait) {
            stale.add(fundId);
        }
        Future<?> done = worker.submit(() -> {
            try {
                if (ready) {
                    catchUp(fundId);
                    applyLoggedChanges();
                }
            } catch (RuntimeException e) {
                log.warn("Search index of fund {} not updated; the next poll retries", fundId, e);
            } finally {
                if (!pending.contains(fundId)) {
                    stale.remove(fundId);
                }
            }
        });
        if (wait) {
            try {
                done.get(30, TimeUnit.SECONDS);
            } catch (Exception e) {
                log.warn("Search index of fund {} still updating", fundId, e);
            }
        }
    }

    /** On the worker: catches up with the pending funds once imports are quiet (or waited long enough). */
    private void drainPending() {
        if (pending.isEmpty()) {
            return;
        }
        long now = System.nanoTime();
        boolean busy = importsRunning.get() > 0 || now - lastImportActivity < quietNanos;
        if (busy && now - pendingSince < maxDeferNanos) {
            worker.schedule(this::drainPending, Math.max(quietNanos / 3, 1_000_000), TimeUnit.NANOSECONDS);
            return;
        }
        for (Long fundId : List.copyOf(pending)) {
            // taken off first: an import committing meanwhile marks it again, and keeps it stale
            pending.remove(fundId);
            try {
                long t = System.nanoTime();
                int before = indexes.getOrDefault(fundId, SearchIndex.EMPTY).size();
                catchUp(fundId);
                applyLoggedChanges();
                log.info(
                        "Search index of fund {} caught up with {} lines in {} ms, {} ms after the first import waiting",
                        fundId,
                        indexes.getOrDefault(fundId, SearchIndex.EMPTY).size() - before,
                        (System.nanoTime() - t) / 1_000_000,
                        (System.nanoTime() - pendingSince) / 1_000_000);
            } catch (RuntimeException e) {
                log.warn("Search index of fund {} not updated; retried in a second", fundId, e);
                pending.add(fundId);
                worker.schedule(this::drainPending, 1, TimeUnit.SECONDS);
            } finally {
                if (!pending.contains(fundId)) {
                    stale.remove(fundId);
                }
            }
        }
        if (!pending.isEmpty()) {
            pendingSince = System.nanoTime();
        }
    }

    private void buildAll() {
        try {
            long t = System.nanoTime();
            try {
                int published = gifts.publishMissing();
                if (published > 0) {
                    log.info("{} gifts entered before they were searchable got their search words", published);
                }
            } catch (RuntimeException e) {
                // the lines are still worth indexing; those gifts are searchable once a start succeeds
                log.warn("Search words of earlier gifts not written", e);
            }
            rememberImports();
            List<Long> funds = jdbc.sql(
                            """
                            select fund_id from funds_statement_import
                            union select fund_id from funds_donation_search""")
                    .query(Long.class)
                    .list();
            rememberChangeLog();
            long lines = 0;
            for (long fundId : funds) {
                loadGifts(fundId);
                catchUp(fundId);
                lines += indexes.getOrDefault(fundId, SearchIndex.EMPTY).size();
            }
            ready = true;
            log.info(
                    "Search index of {} funds ({} lines) built in {} ms",
                    funds.size(),
                    lines,
                    (System.nanoTime() - t) / 1_000_000);
        } catch (RuntimeException e) {
            log.warn("Search index not built; the public search asks the database", e);
        }
    }

    private void pollQuietly() {
        if (!ready) {
            return;
        }
        try {
            Map<Long, List<Long>> before = new HashMap<>(importsSeen);
            rememberImports();
            for (Map.Entry<Long, List<Long>> e : importsSeen.entrySet()) {
                // a fund whose imports wait for the burst to end is caught up with then
                if (!e.getValue().equals(before.get(e.getKey())) && !pending.contains(e.getKey())) {
                    catchUp(e.getKey());
                }
            }
            applyLoggedChanges();
        } catch (RuntimeException e) {
            log.debug("Search index poll failed", e);
        }
    }

    private void rememberImports() {
        jdbc.sql("select fund_id, count(*), max(id) from funds_statement_import group by fund_id")
                .query(rs -> {
                    importsSeen.put(rs.getLong(1), List.of(rs.getLong(2), rs.getLong(3)));
                });
    }

    /**
     * Adds the fund's lines past the last one its index holds: read in chunks, merged into a new
     * snapshot once per {@link #MERGE_LIMIT} lines (a merge copies the whole index, so merging each chunk
     * made catching up with n lines cost n²).
     */
    private void catchUp(long fundId) {
        SearchIndex index = indexes.getOrDefault(fundId, SearchIndex.EMPTY);
        long after = index.maxId();
        SearchIndex.Batch batch = new SearchIndex.Batch();
        long t = System.nanoTime();
        int fromDatabase = 0;
        int fromMemory = 0;
        for (ImportedLines lines : takeHanded(fundId)) {
            if (lines.minId() <= after) {
                continue; // a catch-up read them from the database before they were handed over
            }
            // lines committed before them (by another instance) are read from the database
            long[] read = readLines(fundId, after, lines.minId(), batch);
            fromDatabase += (int) read[1];
            lines.addTo(batch);
            fromMemory += lines.size();
            after = lines.maxId();
            if (batch.size() >= MERGE_LIMIT) {
                index = index.merge(batch);
                indexes.put(fundId, index);
                batch = new SearchIndex.Batch();
            }
        }
        while (true) {
            long[] read = readLines(fundId, after, Long.MAX_VALUE, batch);
            after = read[0];
            fromDatabase += (int) read[1];
            boolean more = read[1] == CHUNK;
            if (batch.size() > 0 && (!more || batch.size() >= MERGE_LIMIT)) {
                index = index.merge(batch);
                indexes.put(fundId, index);
                batch = new SearchIndex.Batch();
            }
            if (!more) {
                break;
            }
        }
        if (fromDatabase + fromMemory >= CHUNK) {
            log.info(
                    "Search index of fund {}: {} lines from imports handed over, {} read from the database, in {} ms",
                    fundId,
                    fromMemory,
                    fromDatabase,
                    (System.nanoTime() - t) / 1_000_000);
        }
    }

    /**
     * Reads into the batch the fund's lines with ids in (after, before), in chunks until all are read (up
     * to {@link #CHUNK} when {@code before} is unbounded, the caller then asks again); returns the last id
     * read and how many lines.
     */
    private long[] readLines(long fundId, long after, long before, SearchIndex.Batch batch) {
        long[] last = {after, 0};
        while (true) {
            long from = last[0];
            long count = last[1];
            jdbc.sql(LINES + " where l.fund_id = :f and l.id > :after and l.id < :before order by l.id limit :n")
                    .param("f", fundId)
                    .param("after", from)
                    .param("before", before)
                    .param("n", CHUNK)
                    .query(rs -> {
                        last[0] = rs.getLong(1);
                        last[1]++;
                        addLine(rs, batch);
                    });
            if (before == Long.MAX_VALUE || last[1] - count < CHUNK) {
                return last;
            }
        }
    }

    /** Hands the search index the lines an import of this instance committed (before {@link #changed}). */
    void imported(long fundId, ImportedLines lines) {
        if (worker == null || !ready || lines.size() == 0) {
            return; // the startup build reads them
        }
        if (handedLines.addAndGet(lines.size()) > HANDED_LIMIT) {
            handedLines.addAndGet(-lines.size());
            return; // kept off the heap: the catch-up reads them from the database instead
        }
        handed.compute(fundId, (f, list) -> {
            List<ImportedLines> l = list == null ? new ArrayList<>() : list;
            l.add(lines);
            return l;
        });
    }

    /** The lines handed over for the fund, by id. */
    private List<ImportedLines> takeHanded(long fundId) {
        List<ImportedLines> lines = handed.remove(fundId);
        if (lines == null) {
            return List.of();
        }
        for (ImportedLines l : lines) {
            handedLines.addAndGet(-l.size());
        }
        lines.sort(java.util.Comparator.comparingLong(ImportedLines::minId));
        return lines;
    }

    /** All the fund's gifts (the startup build; later ones come through the change log). */
    private void loadGifts(long fundId) {
        SearchIndex.Batch batch = new SearchIndex.Batch();
        jdbc.sql(GIFTS + " where g.fund_id = :f").param("f", fundId).query(rs -> {
            addGift(rs, batch);
        });
        if (batch.size() > 0) {
            indexes.put(fundId, indexes.getOrDefault(fundId, SearchIndex.EMPTY).merge(batch));
        }
    }

    /** A statement line of {@link #LINES}, with what the public sees of it, into the batch. */
    private static void addLine(java.sql.ResultSet rs, SearchIndex.Batch batch) throws java.sql.SQLException {
        String display = rs.getString(11);
        vn.doanket.funds.DonorDisplay d =
                display == null ? vn.doanket.funds.DonorDisplay.NAMED : vn.doanket.funds.DonorDisplay.valueOf(display);
        byte[] row = PublicRows.encode(
                false,
                rs.getBoolean(12),
                rs.getObject(5, java.time.LocalTime.class),
                rs.getLong(9),
                rs.getString(6),
                Publication.name(rs.getString(7), rs.getString(10), d),
                Publication.details(rs.getString(8), d));
        batch.add(rs.getLong(1), rs.getInt(2), rs.getLong(3), rs.getString(4), row, SearchIndexes::isAscii);
    }

    /** A gift of {@link #GIFTS} into the batch. */
    private static void addGift(java.sql.ResultSet rs, SearchIndex.Batch batch) throws java.sql.SQLException {
        long id = rs.getLong(1);
        vn.doanket.funds.DonorDisplay d = Publication.stricter(
                vn.doanket.funds.DonorDisplay.valueOf(rs.getString(7)),
                vn.doanket.funds.DonorDisplay.valueOf(rs.getString(8)));
        byte[] row = PublicRows.encode(
                true,
                rs.getBoolean(9),
                null,
                0,
                vn.doanket.funds.DonationView.receiptNumber(id),
                Publication.name(null, rs.getString(6), d),
                Publication.details(rs.getString(5), d));
        batch.add(PublicRows.GIFT | id, rs.getInt(2), rs.getLong(3), rs.getString(4), row, SearchIndexes::isAscii);
    }

    private void rememberChangeLog() {
        appliedChanges.addAll(
                jdbc.sql("select seq from funds_search_change where changed_at >= now() - interval '5 minutes'")
                        .query(Long.class)
                        .list());
    }

    /** Reads again the lines whose words were rewritten (by this or another instance) since last time. */
    private void applyLoggedChanges() {
        List<long[]> log = jdbc.sql(
                        """
                        select seq, fund_id, line_id, source = 'G' from funds_search_change
                         where changed_at >= now() - interval '5 minutes' order by seq""")
                .query((rs, i) -> new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4) ? 1 : 0})
                .list();
        Set<Long> window = new HashSet<>();
        Set<Long> notHeld = new HashSet<>();
        Map<Long, List<Long>> linesByFund = new HashMap<>();
        Map<Long, List<Long>> giftsByFund = new HashMap<>();
        for (long[] row : log) {
            window.add(row[0]);
            if (appliedChanges.contains(row[0])) {
                continue;
            }
            if (row[3] == 1) {
                // gifts come only through this log (entered, reworded or reversed), whatever the index holds
                giftsByFund.computeIfAbsent(row[1], f -> new ArrayList<>()).add(row[2]);
                continue;
            }
            SearchIndex index = indexes.get(row[1]);
            if (index != null && row[2] <= index.maxId()) {
                linesByFund.computeIfAbsent(row[1], f -> new ArrayList<>()).add(row[2]);
            } else {
                // not held yet: a catch-up reading the database brings it as it is then, but lines handed
                // over by an import are as they were at its commit, so it is looked at again once held
                notHeld.add(row[0]);
            }
        }
        for (Map.Entry<Long, List<Long>> e : linesByFund.entrySet()) {
            SearchIndex.Batch batch = new SearchIndex.Batch();
            jdbc.sql(LINES + " where l.id = any(?)").param(ids(e.getValue())).query(rs -> {
                addLine(rs, batch);
            });
            indexes.put(e.getKey(), indexes.get(e.getKey()).merge(batch));
        }
        for (Map.Entry<Long, List<Long>> e : giftsByFund.entrySet()) {
            SearchIndex.Batch batch = new SearchIndex.Batch();
            jdbc.sql(GIFTS + " where g.donation_id = any(?)")
                    .param(ids(e.getValue()))
                    .query(rs -> {
                        addGift(rs, batch);
                    });
            indexes.put(
                    e.getKey(),
                    indexes.getOrDefault(e.getKey(), SearchIndex.EMPTY).merge(batch));
        }
        // what is applied now, within the window the log is read over
        appliedChanges.retainAll(window);
        window.removeAll(notHeld);
        appliedChanges.addAll(window);
    }

    /** One array parameter: a reversal may name every line of a day. */
    private static long[] ids(List<Long> ids) {
        return ids.stream().distinct().mapToLong(Long::longValue).toArray();
    }

    /** Only plain ASCII lexemes are kept: the only kind a search term can be. */
    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
