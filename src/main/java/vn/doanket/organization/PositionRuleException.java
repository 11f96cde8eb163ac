package vn.doanket.organization;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.doanket.platform.DomainException;

/**
 * A person or position change broke a rule. Each subclass has a stable code (the i18n key is
 * {@code error.<code>}) and a Vietnamese message that says what was wrong and what to do.
 */
public abstract class PositionRuleException extends DomainException {

    static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    PositionRuleException(String code, int status, String message, Object... args) {
        super(code, status, message, args);
    }

    static String date(LocalDate d) {
        return d == null ? "nay" : VN_DATE.format(d);
    }

    /** A term whose years are reversed, too long or out of range. */
    public static final class InvalidTerm extends PositionRuleException {
        public InvalidTerm(int startYear, int endYear) {
            super(
                    "org.term-invalid",
                    422,
                    "Nhiệm kỳ " + startYear + "–" + endYear
                            + " không hợp lệ: năm kết thúc phải sau năm bắt đầu và nhiệm kỳ không quá 10 năm.",
                    startYear,
                    endYear);
        }
    }

    /** A field of a person is missing, too long or malformed. */
    public static final class InvalidPerson extends PositionRuleException {
        public InvalidPerson(String field, String reason) {
            super(
                    "org.person-invalid",
                    422,
                    "Thông tin người không hợp lệ, trường \"" + field + "\": " + reason + ".",
                    field);
        }
    }

    /** The position's end is before its start. */
    public static final class EndsBeforeStart extends PositionRuleException {
        public EndsBeforeStart(LocalDate startsOn, LocalDate endsOn) {
            super(
                    "org.position-ends-before-start",
                    422,
                    "Ngày kết thúc " + date(endsOn) + " trước ngày bắt đầu " + date(startsOn)
                            + "; hãy chọn ngày kết thúc từ ngày bắt đầu trở đi.",
                    startsOn,
                    endsOn);
        }
    }

    /** A date of the position falls outside its term. */
    public static final class OutsideTerm extends PositionRuleException {
        public OutsideTerm(Term term, LocalDate date) {
            super(
                    "org.position-outside-term",
                    422,
                    "Ngày " + date(date) + " nằm ngoài nhiệm kỳ " + term.label() + " (" + date(term.firstDay()) + " – "
                            + date(term.lastDay()) + "); hãy chọn ngày trong nhiệm kỳ.",
                    term.label(),
                    date);
        }
    }

    /** A date of the position falls outside the time the unit existed. */
    public static final class OutsideUnitLifetime extends PositionRuleException {
        public OutsideUnitLifetime(Unit unit, LocalDate date) {
            super(
                    "org.position-outside-unit",
                    422,
                    "Ngày " + date(date) + " nằm ngoài thời gian tồn tại của " + unit.fullName() + " ("
                            + date(unit.validFrom()) + " – " + date(unit.validTo()) + ").",
                    unit.code(),
                    date);
        }
    }

    /** The unit already has a Chủ tịch for part of the requested dates. */
    public static final class SingleHolderTaken extends PositionRuleException {
        public SingleHolderTaken(Unit unit, PositionView holder) {
            super(
                    "org.position-chair-taken",
                    409,
                    unit.fullName() + " đã có " + holder.title().label() + " " + holder.personName() + " từ "
                            + date(holder.startsOn()) + " đến " + date(holder.endsOn())
                            + "; một đơn vị chỉ có một " + holder.title().label()
                            + " tại một thời điểm, hãy kết thúc chức vụ đó trước.",
                    unit.code(),
                    holder.id());
        }
    }

    /** The position was already ended. */
    public static final class AlreadyEnded extends PositionRuleException {
        public AlreadyEnded(PositionView position) {
            super(
                    "org.position-already-ended",
                    409,
                    "Chức vụ " + position.title().label() + " của " + position.personName() + " đã kết thúc ngày "
                            + date(position.endsOn()) + ".",
                    position.id());
        }
    }

    /** No person with this id. */
    public static final class PersonNotFound extends PositionRuleException {
        public PersonNotFound(long id) {
            super("org.person-not-found", 404, "Không tìm thấy người có mã số " + id + ".", id);
        }
    }

    /** No position with this id. */
    public static final class PositionNotFound extends PositionRuleException {
        public PositionNotFound(long id) {
            super("org.position-not-found", 404, "Không tìm thấy chức vụ có mã số " + id + ".", id);
        }
    }
}
