package vn.doanket.funds.internal;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import vn.doanket.funds.DonorDisplay;
import vn.doanket.funds.statement.StatementLine;

/**
 * Streams new statement lines into the database with PostgreSQL COPY on the transaction's own
 * connection, so they commit or vanish with the rest of the import. Rows are formatted in chunks
 * on the other cores while earlier chunks stream; the values are CSV-quoted, never spliced into SQL.
 */
@Component
class StatementLineCopy {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StatementLineCopy.class);

    private static final int CHUNK = 4_096;

    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

    /**
     * Formats rows in order, first chunk first, on every core: since V39 the database keeps no word
     * index of the lines, taking the rows in costs it little, and formatting is the slower side.
     */
    private static final ExecutorService FORMATTERS =
            Executors.newFixedThreadPool(Math.max(1, Runtime.getRuntime().availableProcessors()), r -> {
                Thread t = new Thread(r, "statement-copy-format");
                t.setDaemon(true);
                return t;
            });

    private static final String COPY_SQL =
            """
            copy funds_statement_line (id, import_id, fund_id, account_id, movement_id, line_key, seq, booked_on, booked_at,
                                       reference, credit, debit, balance, counterparty, details, donor_id, search_words)
            from stdin (format csv)""";

    private final DataSource dataSource;

    StatementLineCopy(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /**
     * Writes the lines with the given ids (taken from the table's sequence by the loader, so the search
     * index can be handed the lines without reading them back).
     */
    void copy(
            long[] ids,
            long importId,
            long fundId,
            long accountId,
            List<StatementLine> lines,
            List<UUID> keys,
            Map<LocalDate, long[]> movements,
            Map<String, StatementLoader.Donor> donors) {
        if (lines.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        long started = System.nanoTime();
        // Rows are formatted in chunks on other cores while this thread streams the finished ones, so
        // the database indexes chunk n while chunk n + 1 is being formatted.
        List<CompletableFuture<byte[]>> chunks = new ArrayList<>();
        for (int from = 0; from < lines.size(); from += CHUNK) {
            int start = from;
            int end = Math.min(lines.size(), from + CHUNK);
            chunks.add(CompletableFuture.supplyAsync(
                    () -> chunk(ids, importId, fundId, accountId, lines, keys, start, end, movements, donors),
                    FORMATTERS));
        }
        long waited = 0;
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_SQL);
            try {
                for (int i = 0; i < chunks.size(); i++) {
                    long w = System.nanoTime();
                    byte[] bytes = chunks.get(i).join();
                    waited += System.nanoTime() - w;
                    chunks.set(i, null);
                    copy.writeToCopy(bytes, 0, bytes.length);
                }
                copy.endCopy();
                log.info(
                        "COPY of {} lines in {} ms ({} ms of it waiting for rows to be formatted)",
                        lines.size(),
                        (System.nanoTime() - started) / 1_000_000,
                        waited / 1_000_000);
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of statement lines failed: " + e.getMessage(), e);
        } finally {
            for (CompletableFuture<byte[]> chunk : chunks) {
                if (chunk != null) {
                    chunk.cancel(false);
                }
            }
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static byte[] chunk(
            long[] ids,
            long importId,
            long fundId,
            long accountId,
            List<StatementLine> lines,
            List<UUID> keys,
            int from,
            int to,
            Map<LocalDate, long[]> movements,
            Map<String, StatementLoader.Donor> donors) {
        ByteSink out = new ByteSink((to - from) * 320);
        for (int i = from; i < to; i++) {
            out.number(ids[i]).ascii(',');
            row(out, importId, fundId, accountId, lines.get(i), keys.get(i), movements, donors);
        }
        return out.toArray();
    }

    /** One CSV row, written as bytes (see {@link ByteSink}); the values are quoted, never spliced into SQL. */
    static void row(
            ByteSink out,
            long importId,
            long fundId,
            long accountId,
            StatementLine l,
            UUID key,
            Map<LocalDate, long[]> movements,
            Map<String, StatementLoader.Donor> donors) {
        StatementLoader.Donor donor = donorOf(l, donors);
        long movement = movements.get(l.date())[l.credit() > 0 ? 0 : 1];
        out.number(importId)
                .ascii(',')
                .number(fundId)
                .ascii(',')
                .number(accountId)
                .ascii(',')
                .number(movement)
                .ascii(',')
                .uuid(key)
                .ascii(',')
                .number(l.seq())
                .ascii(',')
                .date(l.date())
                .ascii(',');
        if (l.time() != null) {
            out.ascii(l.time().toString());
        }
        out.ascii(',');
        text(out, l.reference())
                .ascii(',')
                .number(l.credit())
                .ascii(',')
                .number(l.debit())
                .ascii(',');
        if (l.balance() != null) {
            out.number(l.balance());
        }
        out.ascii(',');
        text(out, l.counterparty()).ascii(',');
        text(out, LedgerWriter.truncate(l.details(), 2000)).ascii(',');
        if (donor != null) {
            out.number(donor.id());
        }
        out.ascii(',');
        out.ascii('"');
        searchWords(out, l, donor);
        out.ascii("\"\n");
    }

    /** The donor a line is matched to (by its counterparty's folded name), or null. */
    static StatementLoader.Donor donorOf(StatementLine l, Map<String, StatementLoader.Donor> donors) {
        return l.counterparty() == null || donors.isEmpty() ? null : donors.get(Publication.fold(l.counterparty()));
    }

    /**
     * The line's search words as the tsvector literal stored: the words people search for, then the
     * line's amount and day as two more words (see V33). The search index takes the same words.
     */
    static void searchWords(ByteSink out, StatementLine l, StatementLoader.Donor donor) {
        DonorDisplay display = donor == null ? DonorDisplay.NAMED : donor.display();
        SearchWords.write(
                out, l.counterparty(), donor == null ? null : donor.name(), display, l.details(), l.reference());
        out.ascii(" 'a")
                .number(l.credit() + l.debit())
                .ascii("' 'd")
                .number(ChronoUnit.DAYS.between(EPOCH, l.date()))
                .ascii('\'');
    }

    private static ByteSink text(ByteSink out, String value) {
        return value == null ? out : out.csvText(value);
    }
}
