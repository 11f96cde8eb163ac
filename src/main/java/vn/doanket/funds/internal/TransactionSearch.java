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
 * Builds the public search from fixed SQL fragments with bound values. Every word, amount, day and
 * number of the question becomes one term of a single query on the line's search index (words folded,
 * amounts as "a500000", days as "d9019"), so any combination is one intersection inside the index.
 */
@Repository
public class TransactionSearch {

    private static final Pattern AMOUNT = Pattern.compile("\\d{1,3}([.,]\\d{3})+(đ|d|vnd)?|\\d+(đ|d|vnd)");
    private static final Pattern DIGITS = Pattern.compile("\\d+");
    private static final DateTimeFormatter DATE =
            DateTimeFormatter.ofPattern("d/M/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private final JdbcClient jdbc;

    TransactionSearch(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<PublicTransaction> find(long fundId, TransactionQuery query, int limit, int offset) {
        List<PublicTransaction> rows = new ArrayList<>();
        stream(fundId, query, limit, offset, rows::add);
        return rows;
    }

    /**
     * What the search index holds for a line: its words plus its amount and day as two more words. Must
     * stay identical to the expression of funds_statement_line_search_idx (V33), or the index is not used.
     */
    static final String SEARCH_VECTOR =
            """
            (l.search_words || array_to_tsvector(array['a' || (l.credit + l.debit)::text,
                                                      'd' || (l.booked_on - date '2000-01-01')::text]))""";

    private static final LocalDate EPOCH = LocalDate.of(2000, 1, 1);

    public void stream(long fundId, TransactionQuery query, int limit, int offset, Consumer<PublicTransaction> sink) {
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
        String folded = TextFolding.fold(query.q());
        List<String> terms = new ArrayList<>();
        boolean words = false;
        boolean pinned = false;
        for (String word : folded.isEmpty() ? new String[0] : folded.split(" ")) {
            LocalDate date = date(word);
            if (date != null) {
                terms.add("d" + ChronoUnit.DAYS.between(EPOCH, date));
                pinned = true;
            } else if (AMOUNT.matcher(word).matches()) {
                terms.add("a" + Long.parseLong(word.replaceAll("\\D", "")));
                pinned = true;
            } else if (DIGITS.matcher(word).matches() && word.length() <= 15) {
                // a reference, a number in the message, or an amount written without separators
                long n = Long.parseLong(word);
                terms.add("(" + word + " | a" + n + ")");
                pinned = true;
            } else {
                for (String w : Publication.words(word)) {
                    terms.add(w);
                    words = true;
                }
            }
        }
        if (!terms.isEmpty()) {
            sql.append(" and ").append(SEARCH_VECTOR).append(" @@ to_tsquery('simple', :terms)");
            params.put("terms", String.join(" & ", terms));
        }
        // Words together with an amount, a day or a number select few lines: find them all through the
        // index and sort those few. ("+ 0" keeps the planner from walking the whole fund in date order
        // instead, which it is tempted to when one of the words is common.) Otherwise let it choose.
        sql.append(words && pinned ? " order by l.booked_on + 0, l.id" : " order by l.booked_on, l.id");
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
