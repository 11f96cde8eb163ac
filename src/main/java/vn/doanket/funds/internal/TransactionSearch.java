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
     * Streams the matching lines in order (booked day, then key): from the fund's in-memory index when it
     * is current (what the public sees of each line is held there too), from SQL otherwise.
     */
    public void stream(long fundId, TransactionQuery query, int limit, int offset, Consumer<PublicTransaction> sink) {
        SearchIndex index = indexes.current(fundId);
        if (index == null) {
            streamSql(fundId, query, limit, offset, sink);
        } else {
            streamIndexed(index, query, limit, offset, sink);
        }
    }

    /** For tests: the keys of the matching lines in order, from the in-memory index, or null when it is not current. */
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

    private void streamIndexed(
            SearchIndex index, TransactionQuery query, int limit, int offset, Consumer<PublicTransaction> sink) {
        for (int r : ranks(index, query, limit, offset)) {
            sink.accept(PublicRows.decode(
                    index.id(r), index.day(r), index.amount(r), index.rowChunk(r), index.rowOffset(r)));
        }
    }

    /**
     * One page of the search as the JSON of {@link vn.doanket.funds.TransactionPage}. From the index it is
     * written straight from the packed rows (no database, no record per line, no reflection); from SQL the
     * rows are packed first, so both paths write the same bytes.
     */
    public byte[] pageJson(long fundId, TransactionQuery query) {
        int size = TransactionQuery.PAGE_SIZE;
        int offset = query.page() * size;
        PublicRows.Json out = PublicRows.Json.pooled();
        SearchIndex index = indexes.current(fundId);
        if (index != null) {
            int[] ranks = ranks(index, query, size + 1, offset);
            pageStart(out, query.page(), size, ranks.length > size);
            for (int i = 0; i < Math.min(size, ranks.length); i++) {
                int r = ranks[i];
                if (i > 0) {
                    out.raw(',');
                }
                PublicRows.writeJson(
                        out, index.id(r), index.day(r), index.amount(r), index.rowChunk(r), index.rowOffset(r));
            }
        } else {
            List<PublicTransaction> rows = new ArrayList<>();
            streamSql(fundId, query, size + 1, offset, rows::add);
            pageStart(out, query.page(), size, rows.size() > size);
            for (int i = 0; i < Math.min(size, rows.size()); i++) {
                PublicTransaction t = rows.get(i);
                if (i > 0) {
                    out.raw(',');
                }
                PublicRows.writeJson(
                        out, PublicRows.key(t), PublicRows.day(t.date()), t.credit() + t.debit(), PublicRows.encode(t));
            }
        }
        out.raw("]}");
        return out.toByteArray();
    }

    private static void pageStart(PublicRows.Json out, int page, int size, boolean hasNext) {
        out.raw("{\"page\":").number(page);
        out.raw(",\"pageSize\":").number(size);
        out.raw(",\"hasNext\":").bool(hasNext);
        out.raw(",\"items\":[");
    }

    /** For tests: the keys of the matching lines in order (gifts with {@link PublicRows#GIFT}), asked of the database. */
    public List<Long> idsFromSql(long fundId, TransactionQuery query, int limit, int offset) {
        List<Long> ids = new ArrayList<>();
        streamSql(fundId, query, limit, offset, t -> ids.add(PublicRows.key(t)));
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

    /**
     * The same search asked of the database: the path before the index is ready, and the reference in
     * tests. Statement lines and gifts are searched alike and merged in the index's order (day, then key).
     */
    void streamSql(long fundId, TransactionQuery query, int limit, int offset, Consumer<PublicTransaction> sink) {
        Map<String, Object> params = new LinkedHashMap<>();
        params.put("fund", fundId);
        StringBuilder lineFilter = new StringBuilder();
        StringBuilder giftFilter = new StringBuilder();
        if (query.from() != null) {
            lineFilter.append(" and l.booked_on >= :from");
            giftFilter.append(" and g.received_on >= :from");
            params.put("from", query.from());
        }
        if (query.to() != null) {
            lineFilter.append(" and l.booked_on <= :to");
            giftFilter.append(" and g.received_on <= :to");
            params.put("to", query.to());
        }
        if (query.min() != null) {
            lineFilter.append(" and l.credit + l.debit >= :min");
            giftFilter.append(" and g.amount >= :min");
            params.put("min", query.min());
        }
        if (query.max() != null) {
            lineFilter.append(" and l.credit + l.debit <= :max");
            giftFilter.append(" and g.amount <= :max");
            params.put("max", query.max());
        }
        List<String> terms = new ArrayList<>();
        for (String[] term : terms(query.q())) {
            terms.add(term.length == 1 ? term[0] : "(" + String.join(" | ", term) + ")");
        }
        if (!terms.isEmpty()) {
            lineFilter.append(" and l.search_words @@ to_tsquery('simple', :terms)");
            giftFilter.append(" and g.search_words @@ to_tsquery('simple', :terms)");
            params.put("terms", String.join(" & ", terms));
        }
        params.put("gift", PublicRows.GIFT);
        params.put("limit", limit);
        params.put("offset", offset);
        String sql =
                """
                select * from (
                  select l.id as key, l.booked_on as day, l.booked_at, l.reference, l.credit, l.debit, l.counterparty,
                         l.details, d.name as donor_name, d.display, null as donor_display,
                         exists (select 1 from funds_movement r where r.reverses_id = l.movement_id) as reversed
                    from funds_statement_line l left join funds_donor d on d.id = l.donor_id
                   where l.fund_id = :fund %s
                  union all
                  select :gift + g.donation_id, g.received_on, null, null, g.amount, 0, null,
                         x.purpose, o.name, x.display, o.display,
                         exists (select 1 from funds_movement r where r.reverses_id = x.movement_id)
                    from funds_donation_search g join funds_donation x on x.id = g.donation_id
                    join funds_donor o on o.id = x.donor_id
                   where g.fund_id = :fund %s
                ) u order by day, key limit :limit offset :offset"""
                        .formatted(lineFilter, giftFilter);
        jdbc.sql(sql).params(params).query(rs -> {
            sink.accept(map(rs));
        });
    }

    private static PublicTransaction map(ResultSet rs) throws SQLException {
        long key = rs.getLong("key");
        boolean gift = (key & PublicRows.GIFT) != 0;
        long id = key & ~PublicRows.GIFT;
        DonorDisplay d = display(rs.getString("display"));
        if (gift) {
            d = Publication.stricter(d, display(rs.getString("donor_display")));
        }
        return new PublicTransaction(
                id,
                rs.getObject("day", LocalDate.class),
                rs.getObject("booked_at", LocalTime.class),
                gift ? vn.doanket.funds.DonationView.receiptNumber(id) : rs.getString("reference"),
                Publication.name(rs.getString("counterparty"), rs.getString("donor_name"), d),
                Publication.details(rs.getString("details"), d),
                rs.getLong("credit"),
                rs.getLong("debit"),
                gift ? PublicTransaction.Source.GIFT : PublicTransaction.Source.STATEMENT,
                rs.getBoolean("reversed"));
    }

    private static DonorDisplay display(String display) {
        return display == null ? DonorDisplay.NAMED : DonorDisplay.valueOf(display);
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
