package vn.doanket.funds.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.doanket.funds.ReconciliationRow;

/**
 * Statement balance against ledger balance for each bank account and day with statement lines, read
 * from the per-day summary the import keeps (one row per account and day, however many lines).
 */
@Repository
public class ReconciliationQuery {

    private final JdbcClient jdbc;

    ReconciliationQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReconciliationRow> reconcile(long fundId) {
        return jdbc.sql(
                        """
                        select s.account_id, a.number, s.booked_on, s.lines, s.credits, s.debits, s.balance,
                               (select coalesce(sum(d.delta), 0) from funds_account_day d
                                 where d.account_id = s.account_id and d.day <= s.booked_on) as ledger_balance
                        from funds_statement_day s
                        join funds_account a on a.id = s.account_id
                        where s.fund_id = :f
                        order by s.account_id, s.booked_on""")
                .param("f", fundId)
                .query((rs, i) -> new ReconciliationRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getInt(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        (Long) rs.getObject(7),
                        rs.getLong(8)))
                .list();
    }
}
