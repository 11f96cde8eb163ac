package vn.doanket.reports;

import vn.doanket.platform.DomainException;

/** A review cannot be saved as asked; the message tells the reviewer what to change. */
public class FigureReviewException extends DomainException {

    public FigureReviewException(String code, int status, String message) {
        super(code, status, message);
    }

    public static FigureReviewException notFound(long id) {
        return new FigureReviewException(
                "extraction.not-found", 404, "Không tìm thấy tài liệu hoặc số liệu #" + id + ".");
    }

    public static FigureReviewException stale() {
        return new FigureReviewException(
                "extraction.stale",
                409,
                "Số liệu này vừa được người khác xem xét. Hãy tải lại trang để thấy quyết định mới nhất.");
    }

    public static FigureReviewException badValue(String raw) {
        return new FigureReviewException(
                "extraction.bad-value",
                400,
                "Giá trị \"" + raw + "\" không đọc được. Viết số kiểu Việt Nam, ví dụ 72.925.000 hoặc 9,1 tỷ.");
    }

    public static FigureReviewException missing(String what) {
        return new FigureReviewException("extraction.missing-field", 400, "Hãy chọn " + what + " trước khi chấp nhận.");
    }

    public static FigureReviewException cannotEnter() {
        return new FigureReviewException(
                "extraction.cannot-enter",
                403,
                "Tài khoản này không có quyền nhập số liệu nên không thể chấp nhận hoặc loại số liệu.");
    }

    public static FigureReviewException noOriginal(long id) {
        return new FigureReviewException(
                "extraction.no-original",
                404,
                "Tài liệu #" + id + " được dán trực tiếp nên không có tệp gốc để tải về.");
    }
}
