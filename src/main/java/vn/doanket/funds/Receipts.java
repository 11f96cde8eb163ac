package vn.doanket.funds;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.funds.internal.FundAccess;
import vn.doanket.funds.internal.FundRow;
import vn.doanket.funds.internal.FundStore;
import vn.doanket.funds.receipt.ReceiptContent;
import vn.doanket.funds.receipt.ReceiptDocx;
import vn.doanket.funds.receipt.ReceiptPdf;
import vn.doanket.organization.Unit;
import vn.doanket.organization.UnitKind;

/** Receipts (giấy biên nhận) for a donation, issued in the name of the fund's committee. */
@Service
public class Receipts {

    static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final Locale VI = Locale.forLanguageTag("vi");

    private final Donations donations;
    private final FundAccess access;
    private final FundStore funds;

    Receipts(Donations donations, FundAccess access, FundStore funds) {
        this.donations = donations;
        this.access = access;
        this.funds = funds;
    }

    @Transactional(readOnly = true)
    public byte[] docx(long donationId) {
        return ReceiptDocx.render(content(donationId));
    }

    @Transactional(readOnly = true)
    public byte[] pdf(long donationId) {
        return ReceiptPdf.render(content(donationId));
    }

    @Transactional(readOnly = true)
    public ReceiptContent content(long donationId) {
        DonationView d = donations.donation(donationId);
        if (d.reversed()) {
            throw FundsException.conflict(
                    "funds.receipt.reversed", "error.funds.receipt.reversed", donationId, d.reversedById());
        }
        FundRow fund = access.visible(d.fundId());
        Unit unit = access.unit(fund);
        AccountView account = funds.account(fund.id(), movementAccount(d, fund));
        String appeal = fund.appealId() == null
                ? null
                : funds.appeal(fund.appealId()).map(AppealView::name).orElse(null);
        return new ReceiptContent(
                issuingBody(unit),
                committee(unit),
                place(unit),
                LocalDate.now(),
                d.receiptNumber(),
                d.donorName(),
                "ORGANISATION".equals(d.donorKind()),
                d.amount(),
                Money.format(d.amount()),
                AmountInWords.dong(d.amount()),
                d.purpose(),
                fund.name(),
                appeal,
                d.receivedOn(),
                account.kind() == AccountKind.CASH ? "Tiền mặt" : "Chuyển khoản vào " + account.name(),
                d.createdBy());
    }

    private long movementAccount(DonationView d, FundRow fund) {
        return funds.accounts(fund.id()).stream()
                .filter(a -> a.kind().isAsset())
                .filter(a -> movementTouches(d.movementId(), a.id()))
                .findFirst()
                .map(AccountView::id)
                .orElseThrow(() -> FundsException.invalid("error.funds.receipt.no-account"));
    }

    private boolean movementTouches(long movementId, long accountId) {
        return funds.movementTouches(movementId, accountId);
    }

    /** Top left of the decree's header: the committee in capitals, its own name last (in bold). */
    static List<String> issuingBody(Unit unit) {
        if (unit.kind() == UnitKind.CENTRAL) {
            return List.of("ỦY BAN TRUNG ƯƠNG", "MẶT TRẬN TỔ QUỐC VIỆT NAM");
        }
        if (unit.kind() == UnitKind.RESIDENTIAL_AREA) {
            return List.of("BAN CÔNG TÁC MẶT TRẬN", unit.fullName().toUpperCase(VI));
        }
        return List.of("ỦY BAN MTTQ VIỆT NAM", unit.fullName().toUpperCase(VI));
    }

    static String committee(Unit unit) {
        if (unit.kind() == UnitKind.CENTRAL) {
            return "Ủy ban Trung ương MTTQ Việt Nam";
        }
        if (unit.kind() == UnitKind.RESIDENTIAL_AREA) {
            return "Ban Công tác Mặt trận " + unit.fullName();
        }
        String type = unit.unitType() == null ? "" : unit.unitType().strip().toLowerCase(VI);
        return "Ủy ban MTTQ Việt Nam " + (type.isEmpty() ? unit.fullName() : type + " " + unit.name());
    }

    static String place(Unit unit) {
        return unit.kind() == UnitKind.CENTRAL ? "Hà Nội" : unit.name();
    }
}
