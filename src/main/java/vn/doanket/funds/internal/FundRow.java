package vn.doanket.funds.internal;

import vn.doanket.funds.FundKind;
import vn.doanket.funds.FundView;

/** A fund as stored, with the owning unit's code and materialised path for access checks. */
public record FundRow(
        long id,
        long unitId,
        String unitCode,
        String unitPath,
        FundKind kind,
        String name,
        Long appealId,
        long balance,
        long approvalThreshold) {

    public FundView view() {
        return new FundView(id, name, kind, unitCode, unitId, appealId, balance, approvalThreshold);
    }
}
