package vn.doanket.organization;

import java.time.LocalDate;
import java.time.Year;
import java.util.regex.Pattern;
import vn.doanket.organization.PeopleCommands.NewPerson;

/** The checks on people and positions that need no database; {@link People} applies them before writing. */
final class PeopleRules {

    static final int MAX_NAME = 120;
    static final int MAX_EMAIL = 120;
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9][0-9 .()-]{5,28}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    private PeopleRules() {}

    /** The person with blank optional fields made null and the name trimmed; refuses what cannot be stored. */
    static NewPerson checked(NewPerson p) {
        if (p.unitCode() == null || p.unitCode().isBlank()) {
            throw PositionRuleException.InvalidPerson.noUnit();
        }
        String name = p.fullName() == null ? "" : p.fullName().strip();
        if (name.isEmpty()) {
            throw PositionRuleException.InvalidPerson.blankName();
        }
        if (name.length() > MAX_NAME) {
            throw PositionRuleException.InvalidPerson.nameTooLong(name.length(), MAX_NAME);
        }
        Integer year = p.birthYear();
        int thisYear = Year.now().getValue();
        if (year != null && (year < 1900 || year > thisYear)) {
            throw PositionRuleException.InvalidPerson.birthYear(thisYear);
        }
        String phone = blankToNull(p.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw PositionRuleException.InvalidPerson.phone();
        }
        String email = blankToNull(p.email());
        if (email != null
                && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            throw PositionRuleException.InvalidPerson.email();
        }
        return new NewPerson(p.unitCode().strip(), name, p.gender(), year, phone, email);
    }

    /** Both dates inside the term, the end not before the start. */
    static void checkDates(Term term, LocalDate startsOn, LocalDate endsOn) {
        java.util.Objects.requireNonNull(startsOn, "startsOn");
        if (endsOn != null && endsOn.isBefore(startsOn)) {
            throw new PositionRuleException.EndsBeforeStart(startsOn, endsOn);
        }
        if (!term.covers(startsOn)) {
            throw new PositionRuleException.OutsideTerm(term, startsOn);
        }
        if (endsOn != null && !term.covers(endsOn)) {
            throw new PositionRuleException.OutsideTerm(term, endsOn);
        }
    }

    /** Both dates inside the time the unit existed. */
    static void checkUnitLifetime(Unit unit, LocalDate startsOn, LocalDate endsOn) {
        if (!unit.inForceOn(startsOn)) {
            throw new PositionRuleException.OutsideUnitLifetime(unit, startsOn);
        }
        LocalDate last = endsOn == null ? unit.validTo() : endsOn;
        if (last != null && !unit.inForceOn(last)) {
            throw new PositionRuleException.OutsideUnitLifetime(unit, last);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
