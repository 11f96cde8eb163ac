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
    private volatile boolean ready;
    private volatile boolean useIndex = true;
    private ScheduledExecutorService worker;

    SearchIndexes(JdbcClient jdbc, PublicGifts gifts, @Value("${doanket.funds.search-index:true}") boolean enabled) {
        this.jdbc = jdbc;
        this.gifts = gifts;
        this.enabled = enabled;
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

    /** Called after a transaction that added {@code newLines} lines to the fund or rewrote some words commits. */
    void changed(long fundId, int newLines) {
        if (worker == null) {
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
                stale.remove(fundId);
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
                if (!e.getValue().equals(before.get(e.getKey()))) {
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

    /** Adds the fund's lines past the last one its index holds. */
    private void catchUp(long fundId) {
        SearchIndex index = indexes.getOrDefault(fundId, SearchIndex.EMPTY);
        while (true) {
            List<SearchIndex.Line> lines = jdbc.sql(
                            LINES + " where l.fund_id = :f and l.id > :after order by l.id limit :n")
                    .param("f", fundId)
                    .param("after", index.maxId())
                    .param("n", CHUNK)
                    .query(SearchIndexes::line)
                    .list();
            if (lines.isEmpty()) {
                break;
            }
            index = index.merge(lines);
            indexes.put(fundId, index);
            if (lines.size() < CHUNK) {
                break;
            }
        }
    }

    /** All the fund's gifts (the startup build; later ones come through the change log). */
    private void loadGifts(long fundId) {
        List<SearchIndex.Line> lines = jdbc.sql(GIFTS + " where g.fund_id = :f")
                .param("f", fundId)
                .query(SearchIndexes::gift)
                .list();
        if (!lines.isEmpty()) {
            indexes.put(fundId, indexes.getOrDefault(fundId, SearchIndex.EMPTY).merge(lines));
        }
    }

    private static SearchIndex.Line line(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
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
        return new SearchIndex.Line(rs.getLong(1), rs.getInt(2), rs.getLong(3), split(rs.getString(4)), row);
    }

    private static SearchIndex.Line gift(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
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
        return new SearchIndex.Line(PublicRows.GIFT | id, rs.getInt(2), rs.getLong(3), split(rs.getString(4)), row);
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
            // lines the index does not hold yet come with the next catch-up, as they are then
            if (index != null && row[2] <= index.maxId()) {
                linesByFund.computeIfAbsent(row[1], f -> new ArrayList<>()).add(row[2]);
            }
        }
        for (Map.Entry<Long, List<Long>> e : linesByFund.entrySet()) {
            List<SearchIndex.Line> lines = jdbc.sql(LINES + " where l.id = any(?)")
                    .param(ids(e.getValue()))
                    .query(SearchIndexes::line)
                    .list();
            indexes.put(e.getKey(), indexes.get(e.getKey()).merge(lines));
        }
        for (Map.Entry<Long, List<Long>> e : giftsByFund.entrySet()) {
            List<SearchIndex.Line> lines = jdbc.sql(GIFTS + " where g.donation_id = any(?)")
                    .param(ids(e.getValue()))
                    .query(SearchIndexes::gift)
                    .list();
            indexes.put(
                    e.getKey(),
                    indexes.getOrDefault(e.getKey(), SearchIndex.EMPTY).merge(lines));
        }
        // what is applied now, within the window the log is read over
        appliedChanges.retainAll(window);
        appliedChanges.addAll(window);
    }

    /** One array parameter: a reversal may name every line of a day. */
    private static long[] ids(List<Long> ids) {
        return ids.stream().distinct().mapToLong(Long::longValue).toArray();
    }

    /** The lexemes, keeping only plain ASCII ones: the only kind a search term can be. */
    private static String[] split(String words) {
        if (words == null || words.isEmpty()) {
            return new String[0];
        }
        String[] parts = words.split(" ");
        int n = 0;
        for (String p : parts) {
            if (!p.isEmpty() && isAscii(p)) {
                parts[n++] = p;
            }
        }
        return n == parts.length ? parts : java.util.Arrays.copyOf(parts, n);
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) > 127) {
                return false;
            }
        }
        return true;
    }
}
