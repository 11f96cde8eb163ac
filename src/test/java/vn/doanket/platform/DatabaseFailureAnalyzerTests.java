package vn.doanket.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

class DatabaseFailureAnalyzerTests {

    @Test
    void anUnreachableServerBecomesOneSentenceSayingWhatToCheck() {
        var failure = new IllegalStateException(
                "Flyway failed", new SQLException("Connection to localhost:1 refused.", "08001"));
        var analysis = new DatabaseFailureAnalyzer().analyze(failure);
        assertThat(analysis.getDescription())
                .startsWith("Không kết nối được cơ sở dữ liệu")
                .contains("localhost:1");
        assertThat(analysis.getAction()).contains("DOANKET_DB_URL");
        assertThat(analysis.getCause()).isNull();
    }

    @Test
    void otherFailuresAreLeftToSpring() {
        assertThat(new DatabaseFailureAnalyzer().analyze(new IllegalStateException("x")))
                .isNull();
        assertThat(new DatabaseFailureAnalyzer().analyze(new SQLException("syntax", "42601")))
                .isNull();
    }
}
