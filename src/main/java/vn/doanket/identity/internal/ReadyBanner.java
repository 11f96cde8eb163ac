package vn.doanket.identity.internal;

import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/** Tells whoever started the demo where to go and how to log in. */
@Component
@ConditionalOnProperty(name = "doanket.demo.enabled", havingValue = "true")
class ReadyBanner {

    private final Environment env;

    ReadyBanner(Environment env) {
        this.env = env;
    }

    @EventListener
    void ready(ApplicationReadyEvent event) {
        String port = env.getProperty("local.server.port", env.getProperty("server.port", "8080"));
        long uptime = event.getTimeTaken() == null ? -1 : event.getTimeTaken().toMillis();
        System.out.printf(
                """

                ================================================================
                 Đoàn Kết (demo) sẵn sàng sau %d ms: http://localhost:%s/
                 Đăng nhập (mật khẩu chung: %s):
                   trunguong       Ủy ban Trung ương (quản trị)
                   tinh-01         Hà Nội; tinh-<mã tỉnh> cho mỗi tỉnh
                   xa-00004        Phường Ba Đình; xa-<mã xã> cho mỗi xã
                 API: http://localhost:%s/v3/api-docs  (HTTP Basic)
                ================================================================

                """,
                uptime, port, DemoAccounts.PASSWORD, port);
    }
}
