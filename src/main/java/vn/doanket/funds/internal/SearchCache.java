package vn.doanket.funds.internal;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Public search results for a short time. When an appeal is in the news thousands of people type
 * the same names; answering repeats from memory keeps the database for new questions. Each fund has
 * a generation number, bumped after any import or donor change into it commits, so a cached page
 * never outlives the data it came from in this instance; other instances see changes within the
 * time to live.
 */
@Component
public class SearchCache {

    private static final int MAX_ENTRIES = 20_000;

    private final long ttlNanos;
    private final Map<Long, AtomicLong> generations = new ConcurrentHashMap<>();
    private final Map<Key, Entry> entries = new LinkedHashMap<>(1024, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<Key, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };
    private volatile boolean enabled = true;

    private final SearchIndexes indexes;

    SearchCache(@Value("${doanket.funds.search-cache-seconds:30}") long ttlSeconds, SearchIndexes indexes) {
        this.indexes = indexes;
        this.ttlNanos = ttlSeconds * 1_000_000_000L;
        this.enabled = ttlSeconds > 0;
    }

    private record Key(long fundId, long generation, Object query) {}

    private record Entry(Object value, long expiresAt) {}

    @SuppressWarnings("unchecked")
    public <T> T get(long fundId, Object query, Supplier<T> load) {
        if (!enabled) {
            return load.get();
        }
        Key key = new Key(fundId, generation(fundId).get(), query);
        long now = System.nanoTime();
        Entry hit;
        synchronized (entries) {
            hit = entries.get(key);
        }
        if (hit != null && hit.expiresAt() - now > 0) {
            return (T) hit.value();
        }
        T value = load.get();
        synchronized (entries) {
            entries.put(key, new Entry(value, now + ttlNanos));
        }
        return value;
    }

    /**
     * Once the current transaction commits (at once without one): brings the fund's in-memory search
     * index up to date, then forgets the fund's cached pages.
     */
    public void invalidateAfterCommit(long fundId) {
        invalidateAfterCommit(fundId, 0);
    }

    /** As {@link #invalidateAfterCommit(long)}, after an import that added {@code newLines} lines. */
    public void invalidateAfterCommit(long fundId, int newLines) {
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    changed(fundId, newLines);
                }
            });
        } else {
            changed(fundId, newLines);
        }
    }

    /**
     * As {@link #invalidateAfterCommit(long)}, after an import of these lines: once it commits the search
     * index is handed them, so it need not read them back from the database.
     */
    void importedAfterCommit(long fundId, ImportedLines lines) {
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCommit() {
                indexes.imported(fundId, lines);
                changed(fundId, lines.size());
            }
        });
    }

    private void changed(long fundId, int newLines) {
        try {
            indexes.changed(fundId, newLines);
        } finally {
            generation(fundId).incrementAndGet();
        }
    }

    /** For the benchmark: measure the database path alone. */
    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
    }

    private AtomicLong generation(long fundId) {
        return generations.computeIfAbsent(fundId, id -> new AtomicLong());
    }
}
