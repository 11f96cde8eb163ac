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
 * amounts as "a500000", days as "d9019", see V33), so any combination is one intersection inside the
 * word index, and a line's words are cheap to test when walking the fund in date order.
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
        for (String word : folded.isEmpty() ? new String[0] : folded.split(" ")) {
            LocalDate date = date(word);
            if (date != null) {
                terms.add("d" + ChronoUnit.DAYS.between(EPOCH, date));
            } else if (AMOUNT.matcher(word).matches()) {
                terms.add("a" + Long.parseLong(word.replaceAll("\\D", "")));
            } else if (DIGITS.matcher(word).matches() && word.length() <= 15) {
                // a reference, a number in the message, or an amount written without separators
                long n = Long.parseLong(word);
                terms.add("(" + word + " | a" + n + ")");
            } else {
                for (String w : Publication.words(word)) {
                    terms.add(w);
                }
            }
        }
        if (!terms.isEmpty()) {
            sql.append(" and l.search_words @@ to_tsquery('simple', :terms)");
            params.put("terms", String.join(" & ", terms));
        }
        // The planner chooses between the word index (few matches: fetch them all and sort) and walking
        // the fund in date order testing each line's words (many matches: the first page comes soon).
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
