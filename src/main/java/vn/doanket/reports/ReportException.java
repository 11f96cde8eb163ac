package vn.doanket.reports;

import vn.doanket.platform.DomainException;
import vn.doanket.platform.Messages;

/**
 * What the report generator refuses, each with a stable code and a message from
 * messages/reports*.properties ({@code error.<code>}): Vietnamese, and English for an English reader.
 */
public class ReportException extends DomainException {

    /** The reports module's message bundle, shared with its pages. */
    public static final String BUNDLE = "messages/reports";

    ReportException(String code, int status, Object... args) {
        super(code, status, new Messages.Key(BUNDLE, "error." + code, args));
    }

    public static class UnknownSection extends ReportException {
        public UnknownSection(String key) {
            super("report.unknown-section", 400, key);
        }
    }

    public static class TextTooLong extends ReportException {
        public TextTooLong(int length, int max) {
            super("report.text-too-long", 400, length, max);
        }
    }

    public static class ConferenceNotFound extends ReportException {
        public ConferenceNotFound(long id, String unit) {
            super("report.conference-not-found", 404, id, unit);
        }
    }

    public static class TaskOwnerOutside extends ReportException {
        public TaskOwnerOutside(String owner, String unit) {
            super("report.task-owner-outside", 400, owner, unit);
        }
    }
}
