package vn.doanket.funds;

/** What a fund is for. */
public enum FundKind {
    /** Quỹ "Vì người nghèo": one per committee. */
    VI_NGUOI_NGHEO,
    /** A relief fund (cứu trợ), raised for one appeal. */
    CUU_TRO,
    OTHER
}
