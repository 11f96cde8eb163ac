package vn.doanket.funds;

import java.time.LocalDate;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.funds.internal.FundAccess;
import vn.doanket.funds.internal.FundRow;
import vn.doanket.funds.internal.Postings;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.audit.AuditAction;
import vn.doanket.platform.audit.AuditChange;
import vn.doanket.platform.audit.AuditTrail;

/**
 * Payments to households and projects. Up to the fund's threshold a payment is made at once;
 * above it, it waits for a second person (never its maker) who may approve. Either way the money
 * leaves through {@link Postings#pay}, which locks the fund and refuses to take it below zero.
 */
@Service
public class Disbursements {

    private final JdbcClient jdbc;
    private final FundAccess access;
    private final Postings postings;
    private final AuditTrail audit;

    Disbursements(JdbcClient jdbc, FundAccess access, Postings postings, AuditTrail audit) {
        this.jdbc = jdbc;
        this.access = access;
        this.postings = postings;
        this.audit = audit;
    }

    @Transactional
    public DisbursementView request(Commands.RequestDisbursement c) {
        FundRow fund = access.writable(c.fundId());
        CurrentAccount me = access.requireWriter();
        if (c.amount() <= 0) {
            throw FundsException.invalid("error.funds.payment.amount-not-positive");
        }
        if (c.payee() == null
                || c.payee().isBlank()
                || c.purpose() == null
                || c.purpose().isBlank()) {
            throw FundsException.invalid("error.funds.payment.payee-and-purpose-required");
        }
        LocalDate on = c.bookedOn() == null ? LocalDate.now() : c.bookedOn();
        boolean needsApproval = c.amount() > fund.approvalThreshold();
        Long movement = null;
        if (!needsApproval) {
            movement = postings.pay(
                            fund.id(), c.accountId(), c.amount(), on, text(c.payee(), c.purpose()), me.username())
                    .id();
        }
        long id = jdbc.sql(
                        """
                        insert into funds_disbursement (fund_id, account_id, amount, payee, purpose, booked_on, status,
                                                        maker, movement_id, decided_at)
                        values (:fund, :account, :amount, :payee, :purpose, :on, :status, :maker, :movement,
                                :decided) returning id""")
                .param("fund", fund.id())
                .param("account", c.accountId())
                .param("amount", c.amount())
                .param("payee", c.payee().strip())
                .param("purpose", c.purpose().strip())
                .param("on", on)
                .param("status", needsApproval ? "PENDING" : "PAID")
                .param("maker", me.username())
                .param("movement", movement)
                .param("decided", movement == null ? null : java.sql.Timestamp.from(java.time.Instant.now()))
                .query(Long.class)
                .single();
        DisbursementView view = get(id);
        audit.record(new AuditChange(
                fund.unitId(),
                fund.unitPath(),
                "funds_disbursement",
                Long.toString(id),
                AuditAction.CREATE,
                "Đề nghị chi " + Money.format(c.amount()) + " cho " + c.payee(),
                null,
                view));
        return view;
    }

    /** A second person approves and the payment is made; its maker can never approve it. */
    @Transactional
    public DisbursementView approve(long id) {
        DisbursementView d = lockPending(id);
        FundRow fund = access.writable(d.fundId());
        CurrentAccount me = access.requireWriter();
        if (!me.canApprove()) {
            throw new vn.doanket.platform.access.Forbidden(new vn.doanket.platform.Messages.Key(
                    FundsException.BUNDLE, "error.funds.payment.not-approver", me.username()));
        }
        if (me.username().equals(d.maker())) {
            throw FundsException.conflict("funds.four-eyes", "error.funds.payment.four-eyes");
        }
        long movement = postings.pay(
                        d.fundId(),
                        d.accountId(),
                        d.amount(),
                        d.bookedOn(),
                        text(d.payee(), d.purpose()),
                        me.username())
                .id();
        jdbc.sql(
                        """
                        update funds_disbursement set status = 'PAID', approver = :me, movement_id = :m, decided_at = now()
                        where id = :id""")
                .param("me", me.username())
                .param("m", movement)
                .param("id", id)
                .update();
        DisbursementView after = get(id);
        audit.record(new AuditChange(
                fund.unitId(),
                fund.unitPath(),
                "funds_disbursement",
                Long.toString(id),
                AuditAction.APPROVE,
                "Duyệt chi " + Money.format(d.amount()) + " cho " + d.payee(),
                d,
                after));
        return after;
    }

    /** Refuses a pending request; the reason is required and kept with it. No money moves. */
    @Transactional
    public DisbursementView reject(long id, String reason) {
        if (reason == null || reason.isBlank()) {
            throw FundsException.invalid("error.funds.payment.reject-reason-required");
        }
        if (reason.strip().length() > 500) {
            throw FundsException.invalid("error.funds.payment.reject-reason-too-long");
        }
        DisbursementView d = lockPending(id);
        FundRow fund = access.writable(d.fundId());
        CurrentAccount me = access.requireWriter();
        jdbc.sql(
                        "update funds_disbursement set status = 'REJECTED', approver = case when maker = :me then null else :me end,"
                                + " decided_at = now(), decision_note = :note where id = :id")
                .param("me", me.username())
                .param("note", reason.strip())
                .param("id", id)
                .update();
        DisbursementView after = get(id);
        audit.record(new AuditChange(
                fund.unitId(),
                fund.unitPath(),
                "funds_disbursement",
                Long.toString(id),
                AuditAction.RETURN,
                "Từ chối chi " + Money.format(d.amount()) + " cho " + d.payee() + ": " + reason.strip(),
                d,
                after));
        return after;
    }

    @Transactional(readOnly = true)
    public List<DisbursementView> ofFund(long fundId) {
        access.visible(fundId);
        return jdbc.sql("select * from funds_disbursement where fund_id = :f order by id desc limit 200")
                .param("f", fundId)
                .query(Disbursements::map)
                .list();
    }

    private DisbursementView lockPending(long id) {
        DisbursementView d = jdbc.sql("select * from funds_disbursement where id = :id for update")
                .param("id", id)
                .query(Disbursements::map)
                .optional()
                .orElseThrow(() -> FundsException.invalid("error.funds.payment-not-found", id));
        if (d.status() != DisbursementView.Status.PENDING) {
            throw FundsException.conflict("funds.not-pending", "error.funds.payment.not-pending", id);
        }
        return d;
    }

    private DisbursementView get(long id) {
        return jdbc.sql("select * from funds_disbursement where id = :id")
                .param("id", id)
                .query(Disbursements::map)
                .single();
    }

    private static String text(String payee, String purpose) {
        return "Chi cho " + payee.strip() + ": " + purpose.strip();
    }

    private static DisbursementView map(java.sql.ResultSet rs, int i) throws java.sql.SQLException {
        return new DisbursementView(
                rs.getLong("id"),
                rs.getLong("fund_id"),
                rs.getLong("account_id"),
                rs.getLong("amount"),
                rs.getString("payee"),
                rs.getString("purpose"),
                rs.getObject("booked_on", LocalDate.class),
                DisbursementView.Status.valueOf(rs.getString("status")),
                rs.getString("maker"),
                rs.getString("approver"),
                (Long) rs.getObject("movement_id"),
                rs.getString("decision_note"));
    }
}
