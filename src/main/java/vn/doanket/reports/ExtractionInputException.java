package vn.doanket.reports;

import vn.doanket.platform.DomainException;
import vn.doanket.platform.Messages;

/**
 * The report given for extraction cannot be read: too large, empty, not a .txt or .docx, or a damaged
 * file. The message (messages/reports*.properties, {@code error.<code>}) is in the reader's language.
 */
public class ExtractionInputException extends DomainException {

    private ExtractionInputException(String code, int status, Object... args) {
        super(code, status, new Messages.Key(ReportException.BUNDLE, "error." + code, args));
    }

    public static ExtractionInputException fileTooLarge(long maxBytes) {
        return new ExtractionInputException("extraction.file-too-large", 413, maxBytes / (1024 * 1024));
    }

    public static ExtractionInputException textTooLarge(int maxChars) {
        return new ExtractionInputException("extraction.text-too-large", 413, maxChars / (1024 * 1024));
    }

    public static ExtractionInputException noText() {
        return new ExtractionInputException("extraction.no-text", 400);
    }

    public static ExtractionInputException unsupported(String fileName) {
        return new ExtractionInputException("extraction.unsupported-file", 415, String.valueOf(fileName));
    }

    public static ExtractionInputException oldWordFormat(String fileName) {
        return new ExtractionInputException("extraction.old-word-format", 415, String.valueOf(fileName));
    }

    public static ExtractionInputException damagedDocx(String fileName) {
        return new ExtractionInputException("extraction.damaged-docx", 422, String.valueOf(fileName));
    }

    public static ExtractionInputException suspiciousDocx(String fileName) {
        return new ExtractionInputException("extraction.suspicious-docx", 422, String.valueOf(fileName));
    }

    public static ExtractionInputException notText(String fileName) {
        return new ExtractionInputException("extraction.not-text", 415, String.valueOf(fileName));
    }
}
