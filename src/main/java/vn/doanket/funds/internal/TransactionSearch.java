package vn.doanket.funds.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
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
 * Builds the public search from fixed SQL fragments with bound values. Words use the trigram index
 * on the folded search column; amounts and dates use their own columns.
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
        List<String> words = new ArrayList<>();
        int i = 0;
        for (String word : folded.isEmpty() ? new String[0] : folded.split(" ")) {
            String p = "w" + i++;
            LocalDate date = date(word);
            if (date != null) {
                sql.append(" and l.booked_on = :").append(p);
                params.put(p, date);
            } else if (AMOUNT.matcher(word).matches()) {
                sql.append(" and l.credit + l.debit = :").append(p);
                params.put(p, Long.parseLong(word.replaceAll("\\D", "")));
            } else if (DIGITS.matcher(word).matches() && word.length() <= 15) {
                sql.append(" and (l.credit + l.debit = :")
                        .append(p)
                        .append(" or l.search_words @@ to_tsquery('simple', :")
                        .append(p)
                        .append("t))");
                params.put(p, Long.parseLong(word));
                params.put(p + "t", word);
            } else {
                words.addAll(Publication.words(word));
            }
        }
        if (!words.isEmpty()) {
            sql.append(" and l.search_words @@ to_tsquery('simple', :words)");
            params.put("words", String.join(" & ", words));
        }
        sql.append(" order by l.booked_on, l.id limit :limit offset :offset");
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
