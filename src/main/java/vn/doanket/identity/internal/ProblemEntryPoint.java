package vn.doanket.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;

/** 401 and 403 for the JSON API as RFC 9457 problem documents with a Vietnamese explanation. */
@Component
class ProblemEntryPoint implements AuthenticationEntryPoint, AccessDeniedHandler {

    @Override
    public void commence(HttpServletRequest req, HttpServletResponse res, AuthenticationException ex)
            throws IOException {
        res.setHeader("WWW-Authenticate", "Basic realm=\"doanket\", charset=\"UTF-8\"");
        write(res, 401, "Cần đăng nhập: gửi tên đăng nhập và mật khẩu bằng HTTP Basic.", req.getRequestURI());
    }

    @Override
    public void handle(HttpServletRequest req, HttpServletResponse res, AccessDeniedException ex) throws IOException {
        write(res, 403, ex.getMessage(), req.getRequestURI());
    }

    private static void write(HttpServletResponse res, int status, String detail, String instance) throws IOException {
        res.setStatus(status);
        res.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        res.setCharacterEncoding("UTF-8");
        res.getWriter().write(problem(status, detail, instance));
    }

    static String problem(int status, String detail, String instance) {
        String title = status == 401 ? "Chưa đăng nhập" : "Không có quyền";
        return "{\"type\":\"about:blank\",\"title\":\"" + json(title) + "\",\"status\":" + status + ",\"detail\":\""
                + json(detail) + "\",\"instance\":\"" + json(instance) + "\",\"code\":\""
                + (status == 401 ? "auth.unauthenticated" : "auth.forbidden") + "\"}";
    }

    private static String json(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> b.append("\\\"");
                case '\\' -> b.append("\\\\");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> {
                    if (c < 0x20) {
                        b.append(String.format("\\u%04x", (int) c));
                    } else {
                        b.append(c);
                    }
                }
            }
        }
        return b.toString();
    }
}
