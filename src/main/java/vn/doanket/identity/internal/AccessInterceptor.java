package vn.doanket.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import vn.doanket.identity.AccessGuard;
import vn.doanket.organization.OrgUnits;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.access.CurrentAccount;

/**
 * Enforces each handler's {@link Access} rule. A handler of ours without one is refused (403), so
 * a forgotten rule fails closed; RouteAccessTests also fails the build for it.
 */
@Component
class AccessInterceptor implements HandlerInterceptor {

    private final AccessGuard guard;
    private final OrgUnits units;

    AccessInterceptor(AccessGuard guard, OrgUnits units) {
        this.guard = guard;
        this.units = units;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        if (!(handler instanceof HandlerMethod method)
                || !method.getBeanType().getName().startsWith("vn.doanket.")) {
            return true;
        }
        Access rule = ruleOf(method);
        if (rule == null) {
            throw new AccessDeniedException("Đường dẫn chưa khai báo quy tắc truy cập.");
        }
        if (rule.value() == Access.Level.PUBLIC) {
            return true;
        }
        CurrentAccount account = guard.require();
        if (rule.roles().length > 0 && java.util.Arrays.stream(rule.roles()).noneMatch(account::has)) {
            throw new AccessDeniedException("Tài khoản " + account.username() + " không có quyền "
                    + java.util.Arrays.toString(rule.roles()) + " cần cho trang này.");
        }
        if (!rule.unit().isEmpty()) {
            String code = unitCode(request, rule.unit());
            if (code != null && !code.isBlank()) {
                LocalDate date = dateParam(request);
                units.find(code.strip(), date).ifPresent(guard::requireWithin);
            }
        }
        return true;
    }

    static Access ruleOf(HandlerMethod method) {
        Access rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Access.class);
        return rule != null ? rule : AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Access.class);
    }

    @SuppressWarnings("unchecked")
    private static String unitCode(HttpServletRequest request, String name) {
        Object vars = request.getAttribute(HandlerMapping.URI_TEMPLATE_VARIABLES_ATTRIBUTE);
        if (vars instanceof Map<?, ?> map && map.get(name) != null) {
            return ((Map<String, String>) map).get(name);
        }
        return request.getParameter(name);
    }

    private static LocalDate dateParam(HttpServletRequest request) {
        String d = request.getParameter("date");
        try {
            return d == null || d.isBlank() ? LocalDate.now() : LocalDate.parse(d);
        } catch (java.time.format.DateTimeParseException e) {
            return LocalDate.now();
        }
    }
}
