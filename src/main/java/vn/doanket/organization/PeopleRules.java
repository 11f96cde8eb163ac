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
            throw new PositionRuleException.InvalidPerson("Đơn vị", "chọn đơn vị quản lý hồ sơ của người này");
        }
        String name = p.fullName() == null ? "" : p.fullName().strip();
        if (name.isEmpty()) {
            throw new PositionRuleException.InvalidPerson("Họ và tên", "không được để trống");
        }
        if (name.length() > MAX_NAME) {
            throw new PositionRuleException.InvalidPerson(
                    "Họ và tên", "dài " + name.length() + " ký tự, tối đa " + MAX_NAME);
        }
        Integer year = p.birthYear();
        int thisYear = Year.now().getValue();
        if (year != null && (year < 1900 || year > thisYear)) {
            throw new PositionRuleException.InvalidPerson("Năm sinh", "phải từ 1900 đến " + thisYear);
        }
        String phone = blankToNull(p.phone());
        if (phone != null && !PHONE.matcher(phone).matches()) {
            throw new PositionRuleException.InvalidPerson(
                    "Điện thoại", "chỉ gồm chữ số, dấu cách, dấu chấm, gạch ngang (6–30 ký tự)");
        }
        String email = blankToNull(p.email());
        if (email != null
                && (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches())) {
            throw new PositionRuleException.InvalidPerson("Email", "không đúng dạng ten@mien.vn");
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
