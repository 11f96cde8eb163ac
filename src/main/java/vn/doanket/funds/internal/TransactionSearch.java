package vn.doanket.funds.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.doanket.funds.DonorDisplay;
import vn.doanket.funds.PublicTransaction;
import vn.doanket.funds.TransactionQuery;
import vn.doanket.platform.TextFolding;

/**
 * The public search. Every word, amount, day and number of the question becomes one term (words folded,
 * amounts as "a500000", days as "d9019", see V33); a line matches when its search words hold every term
 * (whole words). Answered from the fund's in-memory {@link SearchIndex} when it is current, by SQL on
 * the lines' search words otherwise; both give the same lines in the same order (booked day, then id).
 */
@Repository
public class TransactionSearch {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}([.,]\\d{3})+(đ|d|vnd)?|\\d+(đ|d|vnd)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final JdbcClient jdbc;
    private final SearchIndexes indexes;

    TransactionSearch(JdbcClient jdbc, SearchIndexes indexes) {
        this.jdbc = jdbc;
        this.indexes = indexes;
    }

    public List<PublicTransaction> find(long fundId, TransactionQuery query, int limit, int offset) {
        List<PublicTransaction> rows = new ArrayList<>();
        stream(fundId, query, limit, offset, rows::add);
        return rows;
    }

    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

    /**
     * Streams the matching lines in order (booked day, then id): from the fund's in-memory index when it
     * is current (the rows of a page are then read by primary key in one query), from SQL otherwise.
     */
    public void stream(long fundId, TransactionQuery query, int limit, int offset, Consumer<PublicTransaction> sink) {
        SearchIndex index = indexes.current(fundId);
        if (index == null) {
            streamSql(fundId, query, limit, offset, sink);
        } else {
            streamIndexed(index, query, limit, offset, sink);
        }
    }

    /** For tests: the ids of the matching lines in order, from the in-memory index, or null when it is not current. */
    public List<Long> idsFromIndex(long fundId, TransactionQuery query, int limit, int offset) {
        SearchIndex index = indexes.current(fundId);
        if (index == null) {
            return null;
        }
        int[] ranks = ranks(index, query, limit, offset);
        List<Long> ids = new ArrayList<>(ranks.length);
        for (int r : ranks) {
            ids.add(index.id(r));
        }
        return ids;
    }

    private static int[] ranks(SearchIndex index, TransactionQuery query, int limit, int offset) {
        return index.find(
                terms(query.q()),
                query.from() == null ? Integer.MIN_VALUE : day(query.from()),
                query.to() == null ? Integer.MAX_VALUE : day(query.to()),
                query.min() == null ? Long.MIN_VALUE : query.min(),
                query.max() == null ? Long.MAX_VALUE : query.max(),
                offset,
                limit);
    }

    private static int day(LocalDate date) {
        long d = ChronoUnit.DAYS.between(EPOCH, date);
        return (int) Math.max(Integer.MIN_VALUE + 1, Math.min(Integer.MAX_VALUE - 1, d));
    }

    private static final int FETCH = 1_000;

    private void streamIndexed(
            SearchIndex index, TransactionQuery query, int limit, int offset, Consumer<PublicTransaction> sink) {
        int[] ranks = ranks(index, query, limit, offset);
        for (int from = 0; from < ranks.length; from += FETCH) {
            int to = Math.min(ranks.length, from + FETCH);
            long[] ids = new long[to - from];
            for (int i = from; i < to; i++) {
                ids[i - from] = index.id(ranks[i]);
            }
            Map<Long, PublicTransaction> rows = new java.util.HashMap<>(ids.length * 2);
            // one array parameter: the same statement text for every page, so the server keeps it prepared
            jdbc.sql(
                            """
                            select l.id, l.booked_on, l.booked_at, l.reference, l.credit, l.debit, l.counterparty,
                                   l.details, d.name as donor_name, d.display
                            from funds_statement_line l left join funds_donor d on d.id = l.donor_id
                            where l.id = any(?)""")
                    .param(ids)
                    .query(rs -> {
                        PublicTransaction t = map(rs);
                        rows.put(t.id(), t);
                    });
            for (Long id : ids) {
                PublicTransaction t = rows.get(id);
                if (t != null) {
                    sink.accept(t);
                }
            }
        }
    }

    /** For tests: the ids of the matching lines in order, asked of the database. */
    public List<Long> idsFromSql(long fundId, TransactionQuery query, int limit, int offset) {
        List<Long> ids = new ArrayList<>();
        streamSql(fundId, query, limit, offset, t -> ids.add(t.id()));
        return ids;
    }

    /** The search terms of a question: each is one word, or alternatives of which one must be there. */
    static List<String[]> terms(String q) {
        String folded = TextFolding.fold(q);
        List<String[]> terms = new ArrayList<>();
        for (String word : folded.isEmpty() ? new String[0] : folded.split(" ")) {
            LocalDate date = date(word);
            if (date != null) {
                terms.add(new String[] {"d" + ChronoUnit.DAYS.between(EPOCH, date)});
            } else if (AMOUNT.matcher(word).matches()) {
                terms.add(new String[] {"a" + Long.parseLong(word.replaceAll("\\D", ""))});
            } else if (DIGITS.matcher(word).matches() && word.length() <= 15) {
                // a reference, a number in the message, or an amount written without separators
                long n = Long.parseLong(word);
                terms.add(new String[] {word, "a" + n});
            } else {
                for (String w : Publication.words(word)) {
                    terms.add(new String[] {w});
                }
            }
        }
        return terms;
    }

    /** The same search asked of the database: the path before the index is ready, and the reference in tests. */
    void streamSql(long fundId, TransactionQuery query, int limit, int offset, Consumer<PublicTransaction> sink) {
        StringBuilder sql = new StringBuilder(
                """
                select l.id, l.booked_on, l.booked_at, l.reference, l.credit, l.debit, l.counterparty, l.details,
                       d.name as donor_name, d.display
                from funds_statement_line l left join funds_donor d on d.id = l.donor_id
                where l.fund_id = :fund""");
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("fund", fundId);
        if (query.from() != null) {
            sql.append(" and l.booked_on >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            sql.append(" and l.booked_on <= :to");
            params.put("to", query.to());
        }
        if (query.min() != null) {
            sql.append(" and l.credit + l.debit >= :min");
            params.put("min", query.min());
        }
        if (query.max() != null) {
            sql.append(" and l.credit + l.debit <= :max");
            params.put("max", query.max());
        }
        List<String> terms = new ArrayList<>();
        for (String[] term : terms(query.q())) {
            terms.add(term.length == 1 ? term[0] : "(" + String.join(" | ", term) + ")");
        }
        if (!terms.isEmpty()) {
            sql.append(" and l.search_words @@ to_tsquery('simple', :terms)");
            params.put("terms", String.join(" & ", terms));
        }
        sql.append(" order by l.booked_on, l.id");
        sql.append(" limit :limit offset :offset");
        params.put("limit", limit);
        params.put("offset", offset);
        jdbc.sql(sql.toString()).params(params).query(rs -> {
            sink.accept(map(rs));
        });
    }

    private static PublicTransaction map(ResultSet rs) throws SQLException {
        String display = rs.getString("display");
        DonorDisplay d = display == null ? DonorDisplay.NAMED : DonorDisplay.valueOf(display);
        return new PublicTransaction(
                rs.getLong("id"),
                rs.getObject("booked_on", LocalDate.class),
                rs.getObject("booked_at", LocalTime.class),
                rs.getString("reference"),
                Publication.name(rs.getString("counterparty"), rs.getString("donor_name"), d),
                Publication.details(rs.getString("details"), d),
                rs.getLong("credit"),
                rs.getLong("debit"));
    }

    private static LocalDate date(String word) {
        if (!word.contains("/")) {
            return null;
        }
        try {
            return LocalDate.parse(word, DATE);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
