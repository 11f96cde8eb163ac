package vn.doanket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doanket.IntegrationTest;

/**
 * Every JSON API the application serves (every handler under /api/ or /public/api/) is described
 * in the OpenAPI document, with its method; and the contracts the issues name are there.
 */
@IntegrationTest
class OpenApiCoverageTests {

    @Autowired
    MockMvc mvc;

    @Autowired
    @Qualifier("requestMappingHandlerMapping")
    RequestMappingHandlerMapping mappings;

    @Test
    void everyApiHandlerIsInTheOpenApiDocument() throws Exception {
        JsonNode paths = document().path("paths");
        Set<String> documented = new TreeSet<>();
        paths.properties().forEach(path -> path.getValue()
                .properties()
                .forEach(op -> documented.add(op.getKey().toUpperCase(Locale.ROOT) + " " + path.getKey())));

        List<String> missing = new ArrayList<>();
        int apis = 0;
        for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
            Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
            for (String pattern : info.getPatternValues()) {
                if (!pattern.startsWith("/api/") && !pattern.startsWith("/public/api/")) {
                    continue;
                }
                for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
                    apis++;
                    String operation = method.name() + " " + pattern.replaceAll("\\{([^}:]+):[^}]*}", "{$1}");
                    if (!documented.contains(operation)) {
                        missing.add(operation);
                    }
                }
            }
        }
        assertThat(apis).as("API handlers found").isGreaterThan(15);
        assertThat(missing).as("API handlers missing from /v3/api-docs").isEmpty();
    }

    @Test
    void theContractsOfTheIssuesAreDocumented() throws Exception {
        JsonNode paths = document().path("paths");
        for (String[] contract : new String[][] {
            {"/api/v1/indicators", "get"},
            {"/api/v1/data-values", "put"},
            {"/api/v1/analytics", "get"},
            {"/api/v1/data-value-sets", "post"},
            {"/api/v1/funds", "get"},
            {"/api/v1/funds/{fundId}/statements", "post"},
            {"/public/api/v1/funds/{fundId}/transactions", "get"},
            {"/api/v1/funds/{fundId}/balance", "get"},
            {"/api/v1/extractions", "post"},
            {"/api/v1/units/{code}", "get"},
        }) {
            assertThat(paths.path(contract[0]).has(contract[1]))
                    .as(contract[1].toUpperCase(Locale.ROOT) + " " + contract[0] + " in /v3/api-docs")
                    .isTrue();
        }
        assertThat(paths.properties().stream().map(e -> e.getKey()))
                .as("report downloads")
                .anyMatch(p -> p.startsWith("/api/v1/reports/{unit}/{period}"));
    }

    private JsonNode document() throws Exception {
        String json = mvc.perform(get("/v3/api-docs"))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse()
                .getContentAsString();
        return new ObjectMapper().readTree(json);
    }
}
