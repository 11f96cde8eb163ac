package vn.doanket.indicators;

/** One option of a breakdown, e.g. PHU_NU (Hội Liên hiệp Phụ nữ) of MEMBER_ORG. */
public record CategoryOption(String categoryCode, String code, String nameVi, String nameEn) {}
