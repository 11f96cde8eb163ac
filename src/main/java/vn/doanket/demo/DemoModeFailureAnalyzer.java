package vn.doanket.demo;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/** Shows a refused demo mode as its one sentence, not a stack trace. Registered in META-INF/spring.factories. */
class DemoModeFailureAnalyzer extends AbstractFailureAnalyzer<DemoModeRefusedException> {

    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, DemoModeRefusedException cause) {
        return new FailureAnalysis(
                cause.getMessage(),
                "Bỏ DOANKET_DEMO (hoặc đặt DOANKET_DEMO=false) để chạy trên cơ sở dữ liệu này, hoặc bỏ DOANKET_DB_URL "
                        + "để dùng cơ sở dữ liệu nhúng cho chế độ dùng thử.",
                cause);
    }
}
