package vn.doanket.organization;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import vn.doanket.platform.DomainException;
import vn.doanket.platform.Messages;

/**
 * A person or position change broke a rule. Each subclass has a stable code and a message from
 * messages/organization*.properties ({@code error.<code>}) that says what was wrong and what to do, in
 * Vietnamese, and in English to an English reader.
 */
public abstract class PositionRuleException extends DomainException {

    static final String BUNDLE = "messages/organization";
    static final DateTimeFormatter VN_DATE = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    PositionRuleException(String code, int status, Messages.Key message) {
        super(code, status, message);
    }

    /** The message {@code key} of the organization bundle with its arguments. */
    static Messages.Key key(String key, Object... args) {
        return new Messages.Key(BUNDLE, key, args);
    }

    /** The day as written in Vietnamese documents, "nay" (now) for an open end. */
    static String date(LocalDate d) {
        return d == null ? "nay" : VN_DATE.format(d);
    }

    /** The day for a message: as {@link #date}, with the open end in the reader's language. */
    static Object dateArg(LocalDate d) {
        return d == null ? key("org.date.open") : VN_DATE.format(d);
    }

    /** A position's title for a message, in the reader's language. */
    static Messages.Key title(PositionTitle t) {
        return key("position.title." + t.name());
    }

    /** A term whose years are reversed, too long or out of range. */
    public static final class InvalidTerm extends PositionRuleException {
        public InvalidTerm(int startYear, int endYear) {
            super("org.term-invalid", 422, key("error.org.term-invalid", startYear, endYear));
        }
    }

    /** A field of a person is missing, too long or malformed; {@code what} names the field and the fault. */
    public static final class InvalidPerson extends PositionRuleException {
        private InvalidPerson(String what, Object... args) {
            super("org.person-invalid", 422, key("error.org.person-invalid." + what, args));
        }

        /** No unit keeps the person's record. */
        public static InvalidPerson noUnit() {
            return new InvalidPerson("unit");
        }

        public static InvalidPerson blankName() {
            return new InvalidPerson("name-blank");
        }

        public static InvalidPerson nameTooLong(int length, int max) {
            return new InvalidPerson("name-too-long", length, max);
        }

        /** The year of birth is before 1900 or after {@code thisYear}. */
        public static InvalidPerson birthYear(int thisYear) {
            return new InvalidPerson("birth-year", thisYear);
        }

        public static InvalidPerson phone() {
            return new InvalidPerson("phone");
        }

        public static InvalidPerson email() {
            return new InvalidPerson("email");
        }
    }

    /** The position's end is before its start. */
    public static final class EndsBeforeStart extends PositionRuleException {
        public EndsBeforeStart(LocalDate startsOn, LocalDate endsOn) {
            super(
                    "org.position-ends-before-start",
                    422,
                    key("error.org.position-ends-before-start", dateArg(startsOn), dateArg(endsOn)));
        }
    }

    /** A date of the position falls outside its term. */
    public static final class OutsideTerm extends PositionRuleException {
        public OutsideTerm(Term term, LocalDate date) {
            super(
                    "org.position-outside-term",
                    422,
                    key(
                            "error.org.position-outside-term",
                            dateArg(date),
                            term.label(),
                            dateArg(term.firstDay()),
                            dateArg(term.lastDay())));
        }
    }

    /** A date of the position falls outside the time the unit existed. */
    public static final class OutsideUnitLifetime extends PositionRuleException {
        public OutsideUnitLifetime(Unit unit, LocalDate date) {
            super(
                    "org.position-outside-unit",
                    422,
                    key(
                            "error.org.position-outside-unit",
                            dateArg(date),
                            unit.fullName(),
                            dateArg(unit.validFrom()),
                            dateArg(unit.validTo())));
        }
    }

    /** The unit already has a Chủ tịch for part of the requested dates. */
    public static final class SingleHolderTaken extends PositionRuleException {
        public SingleHolderTaken(Unit unit, PositionView holder) {
            super(
                    "org.position-chair-taken",
                    409,
                    key(
                            "error.org.position-chair-taken",
                            unit.fullName(),
                            title(holder.title()),
                            holder.personName(),
                            dateArg(holder.startsOn()),
                            dateArg(holder.endsOn())));
        }
    }

    /** The position was already ended. */
    public static final class AlreadyEnded extends PositionRuleException {
        public AlreadyEnded(PositionView position) {
            super(
                    "org.position-already-ended",
                    409,
                    key(
                            "error.org.position-already-ended",
                            title(position.title()),
                            position.personName(),
                            dateArg(position.endsOn())));
        }
    }

    /** No person with this id. */
    public static final class PersonNotFound extends PositionRuleException {
        public PersonNotFound(long id) {
            super("org.person-not-found", 404, key("error.org.person-not-found", id));
        }
    }

    /** No position with this id. */
    public static final class PositionNotFound extends PositionRuleException {
        public PositionNotFound(long id) {
            super("org.position-not-found", 404, key("error.org.position-not-found", id));
        }
    }
}
