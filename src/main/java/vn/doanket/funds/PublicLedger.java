package vn.doanket.funds;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.funds.internal.FundRow;
import vn.doanket.funds.internal.FundStore;
import vn.doanket.funds.internal.SearchCache;
import vn.doanket.funds.internal.TransactionSearch;

/** The transparency portal: anyone, without login, sees a fund's totals and searches every line. */
@Service
public class PublicLedger {

    /** A CSV download holds at most this many lines; narrow the search for more. */
    public static final int MAX_CSV_ROWS = 200_000;

    private final FundStore funds;
    private final TransactionSearch search;
    private final java.util.Set<Long> existingFunds = java.util.concurrent.ConcurrentHashMap.newKeySet();
    private final JdbcClient jdbc;
    private final SearchCache cache;

    PublicLedger(FundStore funds, TransactionSearch search, JdbcClient jdbc, SearchCache cache) {
        this.funds = funds;
        this.search = search;
        this.jdbc = jdbc;
        this.cache = cache;
    }

    @Transactional(readOnly = true)
    public PublicFundView fund(long fundId) {
        FundRow f = funds.get(fundId);
        long received = -sumOf(fundId, "INCOME");
        long spent = sumOf(fundId, "EXPENSE");
        String unitName = jdbc.sql("select full_name from org_unit where id = :id")
                .param("id", f.unitId())
                .query(String.class)
                .single();
        AppealView appeal =
                f.appealId() == null ? null : funds.appeal(f.appealId()).orElse(null);
        return new PublicFundView(
                f.id(), f.name(), f.kind(), f.unitCode(), unitName, appeal, received, spent, f.balance());
    }

    /** The funds of a committee, for the portal. */
    @Transactional(readOnly = true)
    public java.util.List<FundView> fundsOf(String unitCode) {
        Long unitId = jdbc.sql(
                        "select id from org_unit where code = :c and valid_to is null order by valid_from desc limit 1")
                .param("c", unitCode == null ? "" : unitCode.strip())
                .query(Long.class)
                .optional()
                .orElse(null);
        return unitId == null
                ? java.util.List.of()
                : funds.ofUnit(unitId).stream().map(FundRow::view).toList();
    }

    /** Relief funds of every level and the central committee's funds: what people look for first. */
    @Transactional(readOnly = true)
    public java.util.List<FundView> featured() {
        return jdbc
                .sql(
                        """
                        select f.id from funds_fund f where f.kind = 'CUU_TRO' or f.unit_path = (
                          select path from org_unit where code = 'VN' and valid_to is null limit 1)
                        order by f.kind, f.id limit 50""")
                .query(Long.class)
                .list()
                .stream()
                .map(id -> funds.get(id).view())
                .toList();
    }

    /**
     * No transaction: a cached answer touches no connection, and an uncached one is two reads (the
     * fund, then the page) that need no common snapshot; a read-only transaction would add its own
     * round trips (begin, read-only switch, commit) to every request of the portal.
     */
    public TransactionPage search(long fundId, TransactionQuery q) {
        return cache.get(fundId, q, () -> searchUncached(fundId, q));
    }

    /** The key of a page cached as JSON, apart from the same page cached as a record for the HTML portal. */
    private record AsJson(TransactionQuery query) {}

    /**
     * The same page as {@link #search}, as the JSON of {@link TransactionPage}, written straight from the
     * in-memory index: the public API's answer, cached like the page.
     */
    public byte[] searchJson(long fundId, TransactionQuery q) {
        return cache.get(fundId, new AsJson(q), () -> {
            requireFund(fundId);
            return search.pageJson(fundId, q);
        });
    }

    private TransactionPage searchUncached(long fundId, TransactionQuery q) {
        requireFund(fundId);
        var rows = search.find(fundId, q, TransactionQuery.PAGE_SIZE + 1, q.page() * TransactionQuery.PAGE_SIZE);
        boolean more = rows.size() > TransactionQuery.PAGE_SIZE;
        return new TransactionPage(
                q.page(), TransactionQuery.PAGE_SIZE, more, more ? rows.subList(0, TransactionQuery.PAGE_SIZE) : rows);
    }

    /**
     * Refuses an unknown fund (404). Funds are never deleted, so one that was found once is
     * remembered and the portal's searches skip the lookup.
     */
    private void requireFund(long fundId) {
        if (!existingFunds.contains(fundId)) {
            funds.get(fundId);
            existingFunds.add(fundId);
        }
    }

    /** Writes every matching line (up to {@link #MAX_CSV_ROWS}) as CSV, with a header, Excel-friendly UTF-8 BOM. */
    @Transactional(readOnly = true)
    public void exportCsv(long fundId, TransactionQuery q, Writer out) {
        funds.get(fundId);
        try {
            out.write('\uFEFF');
            out.write("Ngay,Gio,So tham chieu,Nguoi chuyen,Noi dung,Ghi co,Ghi no,Nguon,Da huy\r\n");
            search.stream(fundId, q, MAX_CSV_ROWS, 0, t -> {
                try {
                    out.write(t.date().format(java.time.format.DateTimeFormatter.ofPattern("dd/MM/yyyy")));
                    out.write(',');
                    out.write(t.time() == null ? "" : t.time().toString());
                    out.write(',');
                    out.write(csv(t.reference()));
                    out.write(',');
                    out.write(csv(t.name()));
                    out.write(',');
                    out.write(csv(t.details()));
                    out.write(',');
                    out.write(Long.toString(t.credit()));
                    out.write(',');
                    out.write(Long.toString(t.debit()));
                    out.write(t.source() == PublicTransaction.Source.GIFT ? ",Nhan truc tiep," : ",Sao ke,");
                    out.write(t.reversed() ? "Da huy\r\n" : "\r\n");
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long sumOf(long fundId, String kind) {
        return jdbc.sql("select coalesce(sum(balance), 0) from funds_account where fund_id = :f and kind = :k")
                .param("f", fundId)
                .param("k", kind)
                .query(Long.class)
                .single();
    }

    static String csv(String s) {
        if (s == null) {
            return "";
        }
        String v = s;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        return '"' + v.replace("\"", "\"\"") + '"';
    }
}
