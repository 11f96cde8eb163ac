package vn.doanket.indicators;

/** The level above approved a unit's form for a period; its values are locked from now on. */
public record FormApproved(long submissionId, String formCode, long unitId, String periodId, long approverUnitId) {}
