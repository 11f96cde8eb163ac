package vn.doanket.funds.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.doanket.funds.AccountKind;
import vn.doanket.funds.EntryView;
import vn.doanket.funds.FundBalance;
import vn.doanket.funds.MovementKind;
import vn.doanket.funds.MovementView;

/** Reads movements and balances. Balances on a date come from the per-day table the trigger keeps. */
@Repository
public class LedgerReader {

    private final JdbcClient jdbc;

    LedgerReader(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Movements touching the fund (including allocations made by another fund), newest first. */
    public List<MovementView> movements(long fundId, int limit, int offset) {
        List<Long> ids = jdbc.sql(
                        """
                        select distinct e.movement_id, e.booked_on from funds_entry e where e.fund_id = :fund
                        order by e.booked_on desc, e.movement_id desc limit :limit offset :offset""")
                .param("fund", fundId)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, i) -> rs.getLong(1))
                .list();
        return load(ids);
    }

    public Optional<MovementView> movement(long id) {
        return load(List.of(id)).stream().findFirst();
    }

    List<MovementView> load(List<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, List<EntryView>> entries = new LinkedHashMap<>();
        jdbc.sql(
                        """
                        select e.movement_id, e.account_id, e.fund_id, a.kind, a.name, e.amount
                        from funds_entry e join funds_account a on a.id = e.account_id
                        where e.movement_id in (:ids) order by e.id""")
                .param("ids", ids)
                .query(rs -> {
                    entries.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                            .add(new EntryView(
                                    rs.getLong(2),
                                    rs.getLong(3),
                                    AccountKind.valueOf(rs.getString(4)),
                                    rs.getString(5),
                                    rs.getLong(6)));
                });
        Map<Long, MovementView> byId = new LinkedHashMap<>();
        jdbc.sql(
                        """
                        select m.id, m.fund_id, m.kind, m.booked_on, m.description, m.reverses_id,
                               (select r.id from funds_movement r where r.reverses_id = m.id) as reversed_by,
                               m.created_by, m.created_at
                        from funds_movement m where m.id in (:ids)""")
                .param("ids", ids)
                .query(rs -> {
                    long id = rs.getLong(1);
                    byId.put(
                            id,
                            new MovementView(
                                    id,
                                    rs.getLong(2),
                                    MovementKind.valueOf(rs.getString(3)),
                                    rs.getObject(4, LocalDate.class),
                                    rs.getString(5),
                                    (Long) rs.getObject(6),
                                    (Long) rs.getObject(7),
                                    rs.getString(8),
                                    rs.getTimestamp(9).toInstant(),
                                    entries.getOrDefault(id, List.of())));
                });
        return ids.stream().map(byId::get).filter(m -> m != null).toList();
    }

    /** The fund's money at the end of {@code date}, in total and per asset account. */
    public FundBalance balanceOn(long fundId, LocalDate date) {
        List<FundBalance.AccountBalance> accounts = jdbc.sql(
                        """
                        select a.id, a.kind, a.name,
                               coalesce((select sum(d.delta) from funds_account_day d
                                          where d.account_id = a.id and d.day <= :d), 0) as balance
                        from funds_account a where a.fund_id = :fund and a.kind in ('BANK', 'CASH') order by a.id""")
                .param("fund", fundId)
                .param("d", date)
                .query((rs, i) -> new FundBalance.AccountBalance(
                        rs.getLong(1), AccountKind.valueOf(rs.getString(2)), rs.getString(3), rs.getLong(4)))
                .list();
        long total =
                accounts.stream().mapToLong(FundBalance.AccountBalance::balance).sum();
        return new FundBalance(fundId, date, total, accounts);
    }

    /** The sum of the fund's asset entries up to the date, straight from the entries (for checks). */
    public long balanceFromEntries(long fundId, LocalDate date) {
        return jdbc.sql(
                        "select coalesce(sum(amount), 0) from funds_entry where fund_id = :f and asset and booked_on <= :d")
                .param("f", fundId)
                .param("d", date)
                .query(Long.class)
                .single();
    }
}
