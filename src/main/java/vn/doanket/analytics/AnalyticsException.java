package vn.doanket.analytics;

import vn.doanket.platform.DomainException;

/** What the analytics module refuses, each with a stable code and a Vietnamese message. */
public class AnalyticsException extends DomainException {

    AnalyticsException(String code, int status, String message, Object... args) {
        super(code, status, message, args);
    }

    public static class BadBreakdown extends AnalyticsException {
        public BadBreakdown(String by) {
            super(
                    "analytics.bad-breakdown",
                    400,
                    "Tham số by \"" + by + "\" không hợp lệ: dùng children hoặc level:N (N từ 1 đến 4).",
                    by);
        }
    }

    public static class BadPeriodRange extends AnalyticsException {
        public BadPeriodRange(String spec) {
            super(
                    "analytics.bad-period-range",
                    400,
                    "Kỳ \"" + spec + "\" không hợp lệ: dùng một mã kỳ (2024, 2024Q3), danh sách cách nhau bởi dấu"
                            + " phẩy, hoặc khoảng cùng loại kỳ như 2024Q1..2025Q4 (tối đa 120 kỳ).",
                    spec);
        }
    }

    public static class TooManyUnits extends AnalyticsException {
        public TooManyUnits(int count, int limit) {
            super(
                    "analytics.too-many-units",
                    400,
                    "Truy vấn gồm " + count + " đơn vị, vượt giới hạn " + limit
                            + ": hãy chọn đơn vị cấp dưới hoặc cấp gần hơn.",
                    count,
                    limit);
        }
    }

    public static class BadWeights extends AnalyticsException {
        public BadWeights(String detail) {
            super("analytics.bad-weights", 400, "Trọng số chia tách không hợp lệ: " + detail, detail);
        }
    }
}
