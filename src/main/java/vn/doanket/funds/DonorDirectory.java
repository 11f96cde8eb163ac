package vn.doanket.funds;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.funds.internal.DonationStore;
import vn.doanket.funds.internal.FundAccess;
import vn.doanket.platform.TextFolding;

/**
 * The donors of a fund, found by name without diacritics, and what each gave there: gifts entered
 * by officers (not cancelled) and statement lines matched to them.
 */
@Service
public class DonorDirectory {

    private final JdbcClient jdbc;
    private final FundAccess access;
    private final DonationStore store;

    DonorDirectory(JdbcClient jdbc, FundAccess access, DonationStore store) {
        this.jdbc = jdbc;
        this.access = access;
        this.store = store;
    }

    @Transactional(readOnly = true)
    public List<DonorSummary> search(long fundId, String q) {
        access.visible(fundId);
        String folded = q == null ? "" : TextFolding.fold(q).strip();
        String like = "%" + folded.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
        return jdbc.sql(
                        """
                        with gifts as (
                          select d.donor_id, count(*) as n, sum(d.amount) as total from funds_donation d
                          where d.fund_id = :f and not exists (select 1 from funds_movement r where r.reverses_id = d.movement_id)
                          group by d.donor_id),
                        lines as (
                          select l.donor_id, count(*) as n, sum(l.credit) as total from funds_statement_line l
                          where l.fund_id = :f and l.donor_id is not null group by l.donor_id)
                        select o.id, o.name, o.kind, o.display, coalesce(g.n, 0) as gifts, coalesce(l.n, 0) as lines,
                               coalesce(g.total, 0) + coalesce(l.total, 0) as total
                        from funds_donor o left join gifts g on g.donor_id = o.id left join lines l on l.donor_id = o.id
                        where (g.donor_id is not null or l.donor_id is not null) and o.folded_name like :q
                        order by total desc, o.id limit 200""")
                .param("f", fundId)
                .param("q", like)
                .query((rs, i) -> new DonorSummary(
                        rs.getLong("id"),
                        rs.getString("name"),
                        rs.getString("kind"),
                        DonorDisplay.valueOf(rs.getString("display")),
                        rs.getInt("gifts"),
                        rs.getInt("lines"),
                        rs.getLong("total")))
                .list();
    }

    /** A donor's gifts entered in this fund, newest first, including cancelled ones (shown as such). */
    @Transactional(readOnly = true)
    public List<DonationView> gifts(long fundId, long donorId) {
        access.visible(fundId);
        return store.donationsOfDonor(donorId, 500).stream()
                .filter(d -> d.fundId() == fundId)
                .toList();
    }

    /** Statement lines of this fund matched to the donor, newest first, as the bank printed them. */
    @Transactional(readOnly = true)
    public List<PublicTransaction> lines(long fundId, long donorId) {
        access.visible(fundId);
        return jdbc.sql(
                        """
                        select id, booked_on, booked_at, reference, counterparty, details, credit, debit
                        from funds_statement_line where fund_id = :f and donor_id = :d
                        order by booked_on desc, id desc limit 500""")
                .param("f", fundId)
                .param("d", donorId)
                .query((rs, i) -> new PublicTransaction(
                        rs.getLong("id"),
                        rs.getObject("booked_on", LocalDate.class),
                        rs.getObject("booked_at", LocalTime.class),
                        rs.getString("reference"),
                        rs.getString("counterparty"),
                        rs.getString("details"),
                        rs.getLong("credit"),
                        rs.getLong("debit")))
                .list();
    }

    @Transactional(readOnly = true)
    public DonorView donor(long donorId) {
        return jdbc.sql("select id, name, kind, display from funds_donor where id = :id")
                .param("id", donorId)
                .query((rs, i) -> new DonorView(
                        rs.getLong(1), rs.getString(2), rs.getString(3), DonorDisplay.valueOf(rs.getString(4))))
                .optional()
                .orElseThrow(() -> FundsException.notFound("error.funds.donor-not-found", donorId));
    }
}
