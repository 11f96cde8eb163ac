package vn.doanket.organization;

import java.time.LocalDate;

/** A position held by a person in a unit; {@code endsOn} is null while it is open-ended. */
public record PositionView(
        long id,
        long personId,
        String personName,
        String unitCode,
        String unitName,
        PositionTitle title,
        Term term,
        LocalDate startsOn,
        LocalDate endsOn) {

    public boolean heldOn(LocalDate date) {
        return !startsOn.isAfter(date) && (endsOn == null || !endsOn.isBefore(date));
    }
}
