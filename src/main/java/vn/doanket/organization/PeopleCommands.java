package vn.doanket.organization;

import java.time.LocalDate;

/** What can be asked of {@link People}. */
public final class PeopleCommands {

    private PeopleCommands() {}

    /**
     * Register a person with the unit that keeps their record. Text is stored exactly as typed
     * (HTML included) and only ever shown escaped.
     */
    public record NewPerson(
            String unitCode, String fullName, Gender gender, Integer birthYear, String phone, String email) {}

    /** Appoint a person to a position in a unit for dates inside a term; {@code endsOn} may be null. */
    public record Appoint(
            long personId, String unitCode, PositionTitle title, Term term, LocalDate startsOn, LocalDate endsOn) {}

    /** End a position on the given day (the last day it is held). */
    public record EndPosition(long positionId, LocalDate endsOn) {}
}
