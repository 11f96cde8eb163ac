package vn.doanket.platform;

import java.sql.SQLException;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * Turns "the database is not there" into one sentence an operator can act on, instead of a
 * page of stack trace. Registered in META-INF/spring.factories.
 */
class DatabaseFailureAnalyzer implements FailureAnalyzer {

    @Override
    public FailureAnalysis analyze(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof EmbeddedDatabase.EmbeddedDatabaseException e) {
                return new FailureAnalysis(
                        "Không khởi động được PostgreSQL nhúng trong thư mục " + e.directory + ": " + rootMessage(e)
                                + " (embedded PostgreSQL did not start)",
                        "Kiểm tra quyền ghi và dung lượng đĩa của thư mục dữ liệu (DOANKET_DATA_DIR), "
                                + "hoặc đặt DOANKET_DB_URL để dùng một máy chủ PostgreSQL có sẵn.",
                        null);
            }
            if (t instanceof SQLException sql && isConnectionFailure(sql)) {
                return new FailureAnalysis(
                        "Không kết nối được cơ sở dữ liệu: " + sql.getMessage() + " (cannot reach the database)",
                        "Kiểm tra DOANKET_DB_URL, DOANKET_DB_USER, DOANKET_DB_PASSWORD và máy chủ PostgreSQL "
                                + "có đang chạy không; bỏ DOANKET_DB_URL để dùng cơ sở dữ liệu nhúng.",
                        null);
            }
        }
        return null;
    }

    private static boolean isConnectionFailure(SQLException e) {
        String state = e.getSQLState();
        // 08xxx: connection exceptions; 28xxx: bad credentials; 3D000: no such database.
        return state != null && (state.startsWith("08") || state.startsWith("28") || state.equals("3D000"));
    }

    private static String rootMessage(Throwable t) {
        Throwable root = t;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return String.valueOf(root.getMessage());
    }
}
