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
}
