package vn.doanket.funds;

/** A fund as the API and pages show it; {@code unit} is the owning committee's code. */
public record FundView(
        long id,
        String name,
        FundKind kind,
        String unit,
        long unitId,
        Long appealId,
        long balance,
        long approvalThreshold) {}
