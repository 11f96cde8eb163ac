package vn.doanket.identity.internal;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.Map;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.HandlerMapping;
import vn.doanket.identity.AccessGuard;
import vn.doanket.organization.OrgUnits;
import vn.doanket.platform.Messages;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.Forbidden;

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
            throw Forbidden.because("no-rule");
        }
        if (rule.value() == Access.Level.PUBLIC) {
            return true;
        }
        CurrentAccount account = guard.require();
        if (rule.roles().length > 0 && java.util.Arrays.stream(rule.roles()).noneMatch(account::has)) {
            throw Forbidden.because(
                    "roles",
                    account.username(),
                    Messages.joined(
                            ", ",
                            java.util.Arrays.stream(rule.roles())
                                    .map(r -> new Messages.Key(Messages.PLATFORM, "role." + r.name()))
                                    .toList()));
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
