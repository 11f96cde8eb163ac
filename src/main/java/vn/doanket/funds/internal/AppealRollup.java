package vn.doanket.funds.internal;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Sums what the funds taking part in an appeal received, by the unit below the appeal's committee
 * they sit under. Received = minus the balance of each fund's income account, which the ledger
 * trigger keeps equal to its entries, so the roll-up is one indexed pass over the appeal's funds.
 */
@Repository
public class AppealRollup {

    /** child is the id of the unit directly below the appeal's committee, null for the committee itself. */
    public record Share(Long child, int funds, long raised) {}

    private final JdbcClient jdbc;

    AppealRollup(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public List<Share> shares(long appealId, String appealPath) {
        return jdbc.sql(
                        """
                        select nullif(split_part(substr(f.unit_path, length(:p) + 1), '/', 1), '') as child,
                               count(distinct f.id) as funds, coalesce(-sum(c.balance), 0) as raised
                        from funds_fund f join funds_account c on c.fund_id = f.id and c.kind = 'INCOME'
                        where f.appeal_id = :id and f.unit_path like :prefix
                        group by 1 order by 3 desc""")
                .param("p", appealPath)
                .param("prefix", appealPath.replace("%", "\\%").replace("_", "\\_") + "%")
                .param("id", appealId)
                .query((rs, i) -> {
                    String child = rs.getString("child");
                    return new Share(
                            child == null ? null : Long.valueOf(child), rs.getInt("funds"), rs.getLong("raised"));
                })
                .list();
    }

    /** Path of the appeal's committee, or null when there is no such appeal. */
    public String appealPath(long appealId) {
        return jdbc.sql("select unit_path from funds_appeal where id = :id")
                .param("id", appealId)
                .query(String.class)
                .optional()
                .orElse(null);
    }

    /** Appeals opened by the unit or any unit above it: those its committee can take part in. */
    public List<Long> appealsAbove(String unitPath) {
        return jdbc.sql(
                        """
                        select id from funds_appeal where :path like unit_path || '%'
                        order by starts_on desc, id desc limit 100""")
                .param("path", unitPath)
                .query(Long.class)
                .list();
    }
}
