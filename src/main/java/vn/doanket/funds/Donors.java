package vn.doanket.funds;

import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.funds.internal.FundAccess;
import vn.doanket.funds.internal.FundRow;
import vn.doanket.funds.internal.Publication;
import vn.doanket.platform.TextFolding;
import vn.doanket.platform.audit.AuditAction;
import vn.doanket.platform.audit.AuditChange;
import vn.doanket.platform.audit.AuditTrail;

/**
 * Donors, matched to statement lines by name with diacritics and case folded. Lines no donor
 * matched wait in a queue per fund until an officer assigns one.
 */
@Service
public class Donors {

    private final JdbcClient jdbc;
    private final FundAccess access;
    private final AuditTrail audit;
    private final vn.doanket.funds.internal.SearchCache cache;
    private final vn.doanket.funds.internal.PublicGifts gifts;

    Donors(
            JdbcClient jdbc,
            FundAccess access,
            AuditTrail audit,
            vn.doanket.funds.internal.SearchCache cache,
            vn.doanket.funds.internal.PublicGifts gifts) {
        this.cache = cache;
        this.gifts = gifts;
        this.jdbc = jdbc;
        this.access = access;
        this.audit = audit;
    }

    /** Registers a donor (or returns the one with the same folded name); lines imported from now on match them by name. */
    @Transactional
    public DonorView register(String name, boolean organisation, DonorDisplay display) {
        access.requireWriter();
        if (name == null || name.isBlank()) {
            throw FundsException.invalid("error.funds.donor.name-required");
        }
        String folded = TextFolding.fold(name);
        DonorView donor = jdbc.sql(
                        "select id, name, kind, display from funds_donor where folded_name = :f order by id limit 1")
                .param("f", folded)
                .query(Donors::map)
                .optional()
                .orElseGet(() -> {
                    long id = jdbc.sql(
                                    """
                                    insert into funds_donor (name, folded_name, kind, display) values (:n, :f, :k, :d)
                                    returning id""")
                            .param("n", name.strip())
                            .param("f", folded)
                            .param("k", organisation ? "ORGANISATION" : "PERSON")
                            .param("d", display.name())
                            .query(Long.class)
                            .single();
                    DonorView created =
                            new DonorView(id, name.strip(), organisation ? "ORGANISATION" : "PERSON", display);
                    audit.record(new AuditChange(
                            null,
                            null,
                            "funds_donor",
                            Long.toString(id),
                            AuditAction.CREATE,
                            name.strip(),
                            null,
                            created));
                    return created;
                });
        return donor;
    }

    /** Changes how a donor's gifts are shown; the search text of their lines follows. */
    @Transactional
    public DonorView setDisplay(long donorId, DonorDisplay display) {
        access.requireWriter();
        DonorView before = get(donorId);
        jdbc.sql("update funds_donor set display = :d where id = :id")
                .param("d", display.name())
                .param("id", donorId)
                .update();
        refreshLines(donorId);
        // gifts entered by hand follow too (shown the more private way of theirs and the donor's)
        gifts.republishDonor(donorId).forEach(cache::invalidateAfterCommit);
        DonorView after = get(donorId);
        audit.record(new AuditChange(
                null,
                null,
                "funds_donor",
                Long.toString(donorId),
                AuditAction.UPDATE,
                "Cách hiển thị: " + display,
                before,
                after));
        return after;
    }

    /** Assigns a queued line of a fund to a donor. */
    @Transactional
    public void assign(long fundId, long lineId, long donorId) {
        FundRow fund = access.writable(fundId);
        get(donorId);
        int n = jdbc.sql("update funds_statement_line set donor_id = :d where id = :l and fund_id = :f")
                .param("d", donorId)
                .param("l", lineId)
                .param("f", fundId)
                .update();
        if (n == 0) {
            throw FundsException.invalid("error.funds.line.not-in-fund", lineId);
        }
        refreshLines(donorId);
        audit.record(new AuditChange(
                fund.unitId(),
                fund.unitPath(),
                "funds_statement_line",
                Long.toString(lineId),
                AuditAction.UPDATE,
                "Gắn người ủng hộ số " + donorId,
                null,
                java.util.Map.of("donor", donorId)));
    }

    /** Credit lines of the fund that no donor matched yet, oldest first. */
    @Transactional(readOnly = true)
    public List<PublicTransaction> queue(long fundId, int limit, int offset) {
        access.visible(fundId);
        return jdbc.sql(
                        """
                        select id, booked_on, booked_at, reference, counterparty, details, credit, debit
                        from funds_statement_line l where fund_id = :f and donor_id is null and credit > 0
                          and not exists (select 1 from funds_line_mark m where m.line_id = l.id)
                        order by id limit :limit offset :offset""")
                .param("f", fundId)
                .param("limit", limit)
                .param("offset", offset)
                .query((rs, i) -> new PublicTransaction(
                        rs.getLong("id"),
                        rs.getObject("booked_on", java.time.LocalDate.class),
                        rs.getObject("booked_at", java.time.LocalTime.class),
                        rs.getString("reference"),
                        rs.getString("counterparty"),
                        rs.getString("details"),
                        rs.getLong("credit"),
                        rs.getLong("debit")))
                .list();
    }

    @Transactional(readOnly = true)
    public long queueSize(long fundId) {
        access.visible(fundId);
        return jdbc.sql(
                        """
                        select count(*) from funds_statement_line l where fund_id = :f and donor_id is null and credit > 0
                          and not exists (select 1 from funds_line_mark m where m.line_id = l.id)""")
                .param("f", fundId)
                .query(Long.class)
                .single();
    }

    /** Why a line may leave the donor queue without a donor. */
    public enum Mark {
        NOT_A_GIFT,
        UNKNOWN_DONOR,
        OTHER
    }

    /** Matches a queued line to the donor of that name (registered if new), in one step. */
    @Transactional
    public DonorView assignByName(long fundId, long lineId, String name, boolean organisation, DonorDisplay display) {
        DonorView donor = register(name, organisation, display == null ? DonorDisplay.NAMED : display);
        requireQueued(fundId, lineId);
        assign(fundId, lineId, donor.id());
        return donor;
    }

    /** Takes a line out of the queue with a reason (a fee, interest, an internal transfer…); audited. */
    @Transactional
    public void mark(long fundId, long lineId, Mark reason, String note) {
        FundRow fund = access.writable(fundId);
        if (reason == null) {
            throw FundsException.invalid("error.funds.line.mark-reason-required");
        }
        if (reason == Mark.OTHER && (note == null || note.isBlank())) {
            throw FundsException.invalid("error.funds.line.other-needs-note");
        }
        if (note != null && note.strip().length() > 500) {
            throw FundsException.invalid("error.funds.line.note-too-long");
        }
        requireQueued(fundId, lineId);
        String clean = note == null || note.isBlank() ? null : note.strip();
        jdbc.sql(
                        """
                        insert into funds_line_mark (line_id, fund_id, reason, note, marked_by)
                        values (:l, :f, :r, :n, :by)""")
                .param("l", lineId)
                .param("f", fundId)
                .param("r", reason.name())
                .param("n", clean)
                .param("by", Actor.name())
                .update();
        java.util.Map<String, Object> after = new java.util.LinkedHashMap<>();
        after.put("reason", reason.name());
        after.put("note", clean);
        audit.record(new AuditChange(
                fund.unitId(),
                fund.unitPath(),
                "funds_statement_line",
                Long.toString(lineId),
                AuditAction.UPDATE,
                "Đánh dấu dòng sao kê: " + reason + (clean == null ? "" : " – " + clean),
                null,
                after));
    }

    /** The line must be this fund's, a credit, without donor and not marked: otherwise someone handled it. */
    private void requireQueued(long fundId, long lineId) {
        boolean queued = jdbc.sql(
                        """
                        select exists (select 1 from funds_statement_line l where l.id = :l and l.fund_id = :f
                          and l.donor_id is null and l.credit > 0
                          and not exists (select 1 from funds_line_mark m where m.line_id = l.id))""")
                .param("l", lineId)
                .param("f", fundId)
                .query(Boolean.class)
                .single();
        if (!queued) {
            throw FundsException.conflict("funds.line.not-queued", "error.funds.line.not-queued", lineId);
        }
    }

    private void refreshLines(long donorId) {
        DonorView d = get(donorId);
        jdbc.sql("select distinct fund_id from funds_statement_line where donor_id = :d")
                .param("d", donorId)
                .query(Long.class)
                .list()
                .forEach(cache::invalidateAfterCommit);
        jdbc.sql("select id, counterparty, details, reference from funds_statement_line where donor_id = :d")
                .param("d", donorId)
                .query((rs, i) -> new Object[] {
                    rs.getLong(1),
                    Publication.searchWords(rs.getString(2), d.name(), d.display(), rs.getString(3), rs.getString(4))
                })
                .list()
                .forEach(row -> jdbc.sql(
                                "update funds_statement_line set search_words = cast(:s as tsvector) where id = :id")
                        .param("s", row[1])
                        .param("id", row[0])
                        .update());
    }

    private DonorView get(long id) {
        return jdbc.sql("select id, name, kind, display from funds_donor where id = :id")
                .param("id", id)
                .query(Donors::map)
                .optional()
                .orElseThrow(() -> FundsException.invalid("error.funds.donor-not-found", id));
    }

    private static DonorView map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new DonorView(rs.getLong(1), rs.getString(2), rs.getString(3), DonorDisplay.valueOf(rs.getString(4)));
    }
}
