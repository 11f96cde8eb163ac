package vn.doanket.funds.internal;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.doanket.funds.ReconciliationRow;

/** Statement balance against ledger balance for each bank account and day with statement lines. */
@Repository
public class ReconciliationQuery {

    private final JdbcClient jdbc;

    ReconciliationQuery(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<ReconciliationRow> reconcile(long fundId) {
        return jdbc.sql(
                        """
                        select s.account_id, a.number, s.booked_on, s.lines, s.credits, s.debits,
                               (select l.balance from funds_statement_line l
                                 where l.account_id = s.account_id and l.booked_on = s.booked_on and l.balance is not null
                                 order by l.import_id desc, l.seq desc limit 1) as statement_balance,
                               (select coalesce(sum(d.delta), 0) from funds_account_day d
                                 where d.account_id = s.account_id and d.day <= s.booked_on) as ledger_balance
                        from (select account_id, booked_on, count(*) as lines, sum(credit) as credits, sum(debit) as debits
                                from funds_statement_line where fund_id = :f group by account_id, booked_on) s
                        join funds_account a on a.id = s.account_id
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
