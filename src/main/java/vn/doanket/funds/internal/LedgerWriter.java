package vn.doanket.funds.internal;

import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Appends movements to the ledger. All entries of a movement go in one INSERT so that the
 * statement-level trigger sees the whole group, checks it balances and updates the balances.
 */
@Repository
public class LedgerWriter {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    LedgerWriter(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /** Writes the movement and its entries; throws {@link NegativeBalance} if an asset would go below zero. */
    @Transactional(propagation = Propagation.MANDATORY)
    public long append(Posting p, String actor) {
        long id = jdbc.sql(
                        """
                        insert into funds_movement (fund_id, kind, booked_on, description, reverses_id, created_by)
                        values (:fund, :kind, :on, :text, :reverses, :actor) returning id""")
                .param("fund", p.fundId())
                .param("kind", p.kind().name())
                .param("on", p.bookedOn())
                .param("text", truncate(p.description(), 500))
                .param("reverses", p.reversesId())
                .param("actor", actor)
                .query(Long.class)
                .single();
        StringBuilder sql = new StringBuilder(
                "insert into funds_entry (movement_id, account_id, fund_id, asset, booked_on, amount) values ");
        List<Object> args = new ArrayList<>();
        for (int i = 0; i < p.lines().size(); i++) {
            Posting.Line l = p.lines().get(i);
            sql.append(i == 0 ? "" : ", ").append("(?, ?, ?, ?, ?, ?)");
            args.add(id);
            args.add(l.account().id());
            args.add(l.account().fundId());
            args.add(l.account().kind().isAsset());
            args.add(Date.valueOf(p.bookedOn()));
            args.add(l.amount());
        }
        try {
            template.update(sql.toString(), args.toArray());
        } catch (DataIntegrityViolationException e) {
            String m = String.valueOf(e.getMessage());
            if (m.contains("funds_fund_balance_ck") || m.contains("funds_account_asset_ck")) {
                throw new NegativeBalance(e);
            }
            throw e;
        }
        return id;
    }

    static String truncate(String s, int max) {
        return s == null || s.length() <= max ? s : s.substring(0, max - 1) + "…";
    }

    /** The database refused an asset balance below zero. */
    public static class NegativeBalance extends RuntimeException {
        NegativeBalance(Throwable cause) {
            super(cause);
        }
    }
}
