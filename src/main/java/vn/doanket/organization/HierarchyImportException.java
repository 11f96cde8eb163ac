package vn.doanket.organization;

import vn.doanket.platform.DomainException;
import vn.doanket.platform.Messages;

/**
 * A row of a hierarchy file was refused; nothing of the file was stored. The message
 * (messages/organization*.properties, {@code error.org.import-row.<reason>}) names the file, the line,
 * the column where there is one, and what was wrong.
 */
public class HierarchyImportException extends DomainException {

    /** What was wrong with the row, each with its own message; the details are its arguments from {3} on. */
    public enum Reason {
        /** details: the level, the levels allowed */
        LEVEL_INVALID("level-invalid"),
        /** details: the code */
        CODE_NOT_DIGITS("code-not-digits"),
        /** details: the code */
        CODE_DUPLICATE("code-duplicate"),
        /** no column; details: the columns needed, the columns found */
        COLUMNS_MISSING("columns-missing"),
        /** no column, no details */
        NOT_UTF8("not-utf8"),
        /** no details */
        VALUE_MISSING("value-missing"),
        /** details: the length, the maximum */
        NAME_TOO_LONG("name-too-long"),
        /** no details */
        NAME_MARKUP("name-markup"),
        /** details: the old commune's code, the file it is missing from */
        OLD_COMMUNE_UNKNOWN("old-commune-unknown"),
        /** details: the new commune's code, the file it is missing from */
        NEW_COMMUNE_UNKNOWN("new-commune-unknown"),
        /** no column, no details */
        MERGE_DUPLICATE("merge-duplicate"),
        /** details: the parent's code */
        PARENT_UNKNOWN("parent-unknown");

        private final String key;

        Reason(String key) {
            this.key = key;
        }
    }

    /** A refused row of {@code file}; {@code column} is null where the reason concerns no column. */
    public HierarchyImportException(String file, int line, String column, Reason reason, Object... details) {
        super("org.import-row", 422, message(file, line, column, reason, details));
    }

    private static Messages.Key message(String file, int line, String column, Reason reason, Object... details) {
        Object[] args = new Object[3 + details.length];
        args[0] = file;
        args[1] = line;
        args[2] = column;
        System.arraycopy(details, 0, args, 3, details.length);
        return new Messages.Key(PositionRuleException.BUNDLE, "error.org.import-row." + reason.key, args);
    }
}
