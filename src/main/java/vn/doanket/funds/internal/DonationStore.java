package vn.doanket.funds.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import vn.doanket.funds.BatchView;
import vn.doanket.funds.DonationView;
import vn.doanket.funds.DonorDisplay;

/** Donations and their batches in the database; a gift counts unless its movement was reversed. */
@Repository
public class DonationStore {

    private static final String DONATION =
            """
            select d.id, d.fund_id, d.batch_id, d.movement_id, d.donor_id, o.name as donor_name, o.kind as donor_kind,
                   d.display, d.amount, d.received_on, d.purpose, d.created_by, d.created_at, r.id as reversed_by
            from funds_donation d join funds_donor o on o.id = d.donor_id
            left join funds_movement r on r.reverses_id = d.movement_id
            """;

    private static final String BATCH =
            """
            select b.*, coalesce(s.n, 0) as n, coalesce(s.total, 0) as total from funds_donation_batch b
            left join lateral (select count(*) as n, sum(d.amount) as total from funds_donation d
                               where d.batch_id = b.id
                                 and not exists (select 1 from funds_movement r where r.reverses_id = d.movement_id)) s
              on true
            """;

    private final JdbcClient jdbc;

    DonationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public long createBatch(long fundId, long accountId, String name, int count, long total, String actor) {
        return jdbc.sql(
                        """
                        insert into funds_donation_batch (fund_id, account_id, name, expected_count, expected_total, created_by)
                        values (:fund, :account, :name, :count, :total, :actor) returning id""")
                .param("fund", fundId)
                .param("account", accountId)
                .param("name", name)
                .param("count", count)
                .param("total", total)
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    /** Locks the batch row for the rest of the transaction, so entries and closing never interleave. */
    public Optional<BatchView> lockBatch(long id) {
        jdbc.sql("select id from funds_donation_batch where id = :id for update")
                .param("id", id)
                .query(Long.class)
                .optional();
        return batch(id);
    }

    public Optional<BatchView> batch(long id) {
        return jdbc.sql(BATCH + " where b.id = :id")
                .param("id", id)
                .query((rs, i) -> batch(rs, donationsOfBatch(id)))
                .optional();
    }

    public List<BatchView> batches(long fundId, int limit) {
        return jdbc.sql(BATCH + " where b.fund_id = :fund order by b.id desc limit :limit")
                .param("fund", fundId)
                .param("limit", limit)
                .query((rs, i) -> batch(rs, List.of()))
                .list();
    }

    public void close(long id, String actor, int count, long total) {
        jdbc.sql(
                        """
                        update funds_donation_batch set status = 'CLOSED', closed_by = :actor, closed_at = now(),
                               closed_count = :count, closed_total = :total where id = :id and status = 'OPEN'""")
                .param("actor", actor)
                .param("count", count)
                .param("total", total)
                .param("id", id)
                .update();
    }

    public long createDonation(
            long fundId,
            Long batchId,
            long movementId,
            long donorId,
            DonorDisplay display,
            long amount,
            LocalDate on,
            String purpose,
            String actor) {
        return jdbc.sql(
                        """
                        insert into funds_donation (fund_id, batch_id, movement_id, donor_id, display, amount, received_on,
                                                    purpose, created_by)
                        values (:fund, :batch, :movement, :donor, :display, :amount, :on, :purpose, :actor) returning id""")
                .param("fund", fundId)
                .param("batch", batchId)
                .param("movement", movementId)
                .param("donor", donorId)
                .param("display", display.name())
                .param("amount", amount)
                .param("on", on)
                .param("purpose", purpose)
                .param("actor", actor)
                .query(Long.class)
                .single();
    }

    public Optional<DonationView> donation(long id) {
        return jdbc.sql(DONATION + " where d.id = :id")
                .param("id", id)
                .query(DonationStore::donation)
                .optional();
    }

    public List<DonationView> donationsOfBatch(long batchId) {
        return jdbc.sql(DONATION + " where d.batch_id = :b order by d.id")
                .param("b", batchId)
                .query(DonationStore::donation)
                .list();
    }

    public List<DonationView> donationsOfDonor(long donorId, int limit) {
        return jdbc.sql(DONATION + " where d.donor_id = :d order by d.id desc limit :limit")
                .param("d", donorId)
                .param("limit", limit)
                .query(DonationStore::donation)
                .list();
    }

    public List<DonationView> donationsOfFund(long fundId, int limit) {
        return jdbc.sql(DONATION + " where d.fund_id = :f and d.batch_id is null order by d.id desc limit :limit")
                .param("f", fundId)
                .param("limit", limit)
                .query(DonationStore::donation)
                .list();
    }

    static DonationView donation(ResultSet rs, int i) throws SQLException {
        DonorDisplay display = DonorDisplay.valueOf(rs.getString("display"));
        String name = rs.getString("donor_name");
        return new DonationView(
                rs.getLong("id"),
                rs.getLong("fund_id"),
                (Long) rs.getObject("batch_id"),
                rs.getLong("movement_id"),
                rs.getLong("donor_id"),
                name,
                rs.getString("donor_kind"),
                display,
                Publication.name(null, name, display),
                rs.getLong("amount"),
                rs.getObject("received_on", LocalDate.class),
                rs.getString("purpose"),
                rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")),
                (Long) rs.getObject("reversed_by"));
    }

    private static BatchView batch(ResultSet rs, List<DonationView> donations) throws SQLException {
        return new BatchView(
                rs.getLong("id"),
                rs.getLong("fund_id"),
                rs.getLong("account_id"),
                rs.getString("name"),
                rs.getInt("expected_count"),
                rs.getLong("expected_total"),
                rs.getInt("n"),
                rs.getLong("total"),
                BatchView.Status.valueOf(rs.getString("status")),
                rs.getString("created_by"),
                instant(rs.getTimestamp("created_at")),
                rs.getString("closed_by"),
                instant(rs.getTimestamp("closed_at")),
                (Integer) rs.getObject("closed_count"),
                (Long) rs.getObject("closed_total"),
                donations);
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
