package vn.doanket.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import vn.doanket.IntegrationTest;
import vn.doanket.platform.access.Access;

/** Every route of the application declares who may call it; a new controller without a rule fails here. */
@IntegrationTest
class RouteAccessTests {

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyRouteOfTheAppHasAnAccessRule() {
        List<String> missing = new ArrayList<>();
        List<String> publicRoutes = new ArrayList<>();
        int ours = 0;
        for (var entry : mappings.getHandlerMethods().entrySet()) {
            HandlerMethod method = entry.getValue();
            if (!method.getBeanType().getName().startsWith("vn.doanket.")) {
                continue;
            }
            ours++;
            Access rule = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), Access.class);
            if (rule == null) {
                rule = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), Access.class);
            }
            if (rule == null) {
                missing.add(entry.getKey() + " → " + method);
            } else if (rule.value() == Access.Level.PUBLIC) {
                publicRoutes.add(entry.getKey().toString());
            }
        }
        assertThat(ours).as("routes of the app").isGreaterThan(5);
        assertThat(missing).as("routes without @Access").isEmpty();
        // Public routes must be few and deliberate: the login page and the public portal only.
        assertThat(publicRoutes).allSatisfy(r -> assertThat(r).containsAnyOf("/login", "/public/"));
    }
}
