package vn.doanket.reports;

import vn.doanket.platform.DomainException;

/** What the report generator refuses, each with a stable code and a Vietnamese message. */
public class ReportException extends DomainException {

    ReportException(String code, int status, String message, Object... args) {
        super(code, status, message, args);
    }

    public static class UnknownSection extends ReportException {
        public UnknownSection(String key) {
            super("report.unknown-section", 400, "Báo cáo không có mục \"" + key + "\".", key);
        }
    }

    public static class TextTooLong extends ReportException {
        public TextTooLong(int length, int max) {
            super(
                    "report.text-too-long",
                    400,
                    "Nội dung dài " + length + " ký tự, vượt giới hạn " + max
                            + " ký tự của một mục; hãy rút gọn hoặc chia sang mục khác.",
                    length,
                    max);
        }
    }

    public static class ConferenceNotFound extends ReportException {
        public ConferenceNotFound(long id, String unit) {
            super(
                    "report.conference-not-found",
                    404,
                    "Không tìm thấy hội nghị số " + id + " của đơn vị " + unit + ".",
                    id,
                    unit);
        }
    }

    public static class TaskOwnerOutside extends ReportException {
        public TaskOwnerOutside(String owner, String unit) {
            super(
                    "report.task-owner-outside",
                    400,
                    "Đơn vị chủ trì \"" + owner + "\" không thuộc " + unit
                            + "; hãy giao nhiệm vụ cho chính đơn vị hoặc đơn vị trực thuộc.",
                    owner,
                    unit);
        }
    }
}
