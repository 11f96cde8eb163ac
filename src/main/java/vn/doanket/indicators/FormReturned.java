package vn.doanket.indicators;

/** The level above returned a unit's form with a comment; its values can be changed again. */
public record FormReturned(
        long submissionId, String formCode, long unitId, String periodId, long returnedByUnitId, String comment) {}
