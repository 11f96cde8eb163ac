package vn.doanket.funds;

/** What the transparency portal shows of a fund: who holds it, what came in, what went out, what is left. */
public record PublicFundView(
        long id,
        String name,
        FundKind kind,
        String unit,
        String unitName,
        AppealView appeal,
        long received,
        long spent,
        long balance) {}
