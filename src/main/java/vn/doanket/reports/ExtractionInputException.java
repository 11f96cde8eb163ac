package vn.doanket.reports;

import vn.doanket.platform.DomainException;

/** The report given for extraction cannot be read: too large, empty, not a .txt or .docx, or a damaged file. */
public class ExtractionInputException extends DomainException {

    public ExtractionInputException(String code, int status, String message) {
        super(code, status, message);
    }

    public static ExtractionInputException fileTooLarge(long maxBytes) {
        return new ExtractionInputException(
                "extraction.file-too-large",
                413,
                "Tệp quá lớn: tối đa " + maxBytes / (1024 * 1024) + " MB. Hãy tách báo cáo thành nhiều tệp.");
    }

    public static ExtractionInputException textTooLarge(int maxChars) {
        return new ExtractionInputException(
                "extraction.text-too-large",
                413,
                "Văn bản quá dài: tối đa " + maxChars / (1024 * 1024)
                        + " triệu ký tự. Hãy tách báo cáo thành nhiều phần.");
    }

    public static ExtractionInputException noText() {
        return new ExtractionInputException(
                "extraction.no-text", 400, "Chưa có nội dung báo cáo: hãy dán văn bản hoặc chọn tệp .txt, .docx.");
    }

    public static ExtractionInputException unsupported(String fileName) {
        return new ExtractionInputException(
                "extraction.unsupported-file",
                415,
                "Tệp \"" + fileName + "\" không phải .txt hoặc .docx. Hãy mở báo cáo trong Word và lưu dưới dạng"
                        + " .docx, hoặc dán nội dung vào ô văn bản.");
    }

    public static ExtractionInputException oldWordFormat(String fileName) {
        return new ExtractionInputException(
                "extraction.old-word-format",
                415,
                "Tệp \"" + fileName + "\" là định dạng Word cũ (.doc). Hãy mở trong Word và lưu lại dưới dạng .docx.");
    }

    public static ExtractionInputException damagedDocx(String fileName) {
        return new ExtractionInputException(
                "extraction.damaged-docx",
                422,
                "Không đọc được tệp \"" + fileName + "\": tệp không phải .docx hợp lệ hoặc đã bị hỏng.");
    }

    public static ExtractionInputException suspiciousDocx(String fileName) {
        return new ExtractionInputException(
                "extraction.suspicious-docx",
                422,
                "Tệp \"" + fileName + "\" giải nén ra dữ liệu lớn bất thường (nghi là \"zip bomb\") nên không được"
                        + " đọc.");
    }

    public static ExtractionInputException notText(String fileName) {
        return new ExtractionInputException(
                "extraction.not-text",
                415,
                "Tệp \"" + fileName + "\" không phải văn bản thuần (UTF-8). Hãy lưu lại với bảng mã UTF-8 hoặc dùng"
                        + " .docx.");
    }
}
