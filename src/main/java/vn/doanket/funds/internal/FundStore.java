package vn.doanket.funds.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.doanket.funds.AccountKind;
import vn.doanket.funds.AccountView;
import vn.doanket.funds.AppealView;
import vn.doanket.funds.FundKind;
import vn.doanket.funds.FundsException;
import vn.doanket.organization.Unit;

/** Funds, their accounts and appeals in the database. */
@Repository
public class FundStore {

    static final String FUND_COLUMNS =
            """
            f.id, f.unit_id, u.code as unit_code, f.unit_path, f.kind, f.name, f.appeal_id, f.balance,
            f.approval_threshold
            from funds_fund f join org_unit u on u.id = f.unit_id
            """;

    private final JdbcClient jdbc;

    FundStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long createAppeal(Unit unit, String name, LocalDate startsOn, LocalDate endsOn, Long target) {
        return jdbc.sql(
                        """
                        insert into funds_appeal (unit_id, unit_path, name, starts_on, ends_on, target)
                        values (:unit, :path, :name, :from, :to, :target) returning id""")
                .param("unit", unit.id())
                .param("path", unit.treePath())
                .param("name", name)
                .param("from", startsOn)
                .param("to", endsOn)
                .param("target", target)
                .query(Long.class)
                .single();
    }

    /** Creates the fund with its cash, income and expense accounts; returns the fund id. */
    public long createFund(Unit unit, FundKind kind, String name, Long appealId) {
        long id = jdbc.sql(
                        """
                        insert into funds_fund (unit_id, unit_path, kind, name, appeal_id)
                        values (:unit, :path, :kind, :name, :appeal) returning id""")
                .param("unit", unit.id())
                .param("path", unit.treePath())
                .param("kind", kind.name())
                .param("name", name)
                .param("appeal", appealId)
                .query(Long.class)
                .single();
        jdbc.sql(
                        """
                        insert into funds_account (fund_id, kind, name) values
                          (:id, 'CASH', 'Tiền mặt'), (:id, 'INCOME', 'Nguồn thu'), (:id, 'EXPENSE', 'Khoản chi')""")
                .param("id", id)
                .update();
        return id;
    }

    public long addBankAccount(long fundId, String bank, String number) {
        return jdbc.sql(
                        """
                        insert into funds_account (fund_id, kind, name, bank, number)
                        values (:fund, 'BANK', :name, :bank, :number) returning id""")
                .param("fund", fundId)
                .param("name", "Tài khoản " + bank + " " + number)
                .param("bank", bank)
                .param("number", number)
                .query(Long.class)
                .single();
    }

    public Optional<FundRow> find(long id) {
        return jdbc.sql("select " + FUND_COLUMNS + " where f.id = :id")
                .param("id", id)
                .query(FundStore::fund)
                .optional();
    }

    public FundRow get(long id) {
        return find(id).orElseThrow(() -> FundsException.fundNotFound(id));
    }

    public List<FundRow> ofUnit(long unitId) {
        return jdbc.sql("select " + FUND_COLUMNS + " where f.unit_id = :unit order by f.kind, f.id")
                .param("unit", unitId)
                .query(FundStore::fund)
                .list();
    }

    /** Locks the fund rows (in id order, so two allocations never deadlock) for the rest of the transaction. */
    public List<FundRow> lock(Collection<Long> ids) {
        List<Long> sorted = ids.stream().distinct().sorted().toList();
        jdbc.sql("select id from funds_fund where id in (:ids) order by id for update")
                .param("ids", sorted)
                .query(Long.class)
                .list();
        return sorted.stream().map(this::get).toList();
    }

    public List<AccountView> accounts(long fundId) {
        return jdbc.sql(
                        """
                        select id, fund_id, kind, name, bank, number, balance from funds_account
                        where fund_id = :fund order by case kind when 'BANK' then 0 when 'CASH' then 1
                        when 'INCOME' then 2 else 3 end, id""")
                .param("fund", fundId)
                .query(FundStore::account)
                .list();
    }

    public AccountView account(long fundId, long accountId) {
        return accounts(fundId).stream()
                .filter(a -> a.id() == accountId)
                .findFirst()
                .orElseThrow(() -> FundsException.accountNotInFund(accountId, fundId));
    }

    public AccountView account(long fundId, AccountKind kind) {
        return accounts(fundId).stream()
                .filter(a -> a.kind() == kind)
                .findFirst()
                .orElseThrow(() -> FundsException.invalid("error.funds.fund.no-account-of-kind", fundId, kind));
    }

    public Optional<AccountView> bankAccount(long fundId, String bank) {
        return accounts(fundId).stream()
                .filter(a -> a.kind() == AccountKind.BANK && bank.equalsIgnoreCase(a.bank()))
                .findFirst();
    }

    public Optional<AppealView> appeal(long id) {
        return jdbc.sql(
                        """
                        select a.id, u.code, a.name, a.starts_on, a.ends_on, a.target,
                               coalesce((select -sum(c.balance) from funds_fund f
                                           join funds_account c on c.fund_id = f.id and c.kind = 'INCOME'
                                          where f.appeal_id = a.id and f.unit_path like a.unit_path || '%'), 0) as raised
                        from funds_appeal a join org_unit u on u.id = a.unit_id where a.id = :id""")
                .param("id", id)
                .query((rs, i) -> new AppealView(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getString(3),
                        rs.getObject(4, LocalDate.class),
                        rs.getObject(5, LocalDate.class),
                        (Long) rs.getObject(6),
                        rs.getLong(7)))
                .optional();
    }

    public String appealPath(long appealId) {
        return jdbc.sql("select unit_path from funds_appeal where id = :id")
                .param("id", appealId)
                .query(String.class)
                .single();
    }

    /** True when the movement has an entry on the account (to find where a gift was received). */
    public boolean movementTouches(long movementId, long accountId) {
        return jdbc.sql("select exists (select 1 from funds_entry where movement_id = :m and account_id = :a)")
                .param("m", movementId)
                .param("a", accountId)
                .query(Boolean.class)
                .single();
    }

    static FundRow fund(ResultSet rs, int i) throws SQLException {
        return new FundRow(
                rs.getLong("id"),
                rs.getLong("unit_id"),
                rs.getString("unit_code"),
                rs.getString("unit_path"),
                FundKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                (Long) rs.getObject("appeal_id"),
                rs.getLong("balance"),
                rs.getLong("approval_threshold"));
    }

    static AccountView account(ResultSet rs, int i) throws SQLException {
        return new AccountView(
                rs.getLong("id"),
                rs.getLong("fund_id"),
                AccountKind.valueOf(rs.getString("kind")),
                rs.getString("name"),
                rs.getString("bank"),
                rs.getString("number"),
                rs.getLong("balance"));
    }
}
