package vn.doanket;

import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/** Pages fetched as a signed-in user sees them, for tests that read what a page shows. */
public final class TestPages {

    private TestPages() {}

    /**
     * The HTML of a page: a GET of {@code path} with the query given as name, value pairs (in the page's
     * address, as a browser sends them), which must answer 200.
     */
    public static String page(MockMvc mvc, RequestPostProcessor user, String path, String... query) throws Exception {
        return ok(mvc, user, path, query).getContentAsString();
    }

    /** A file a page offers (a template, a workbook), fetched as {@link #page} fetches a page. */
    public static byte[] download(MockMvc mvc, RequestPostProcessor user, String path, String... query)
            throws Exception {
        return ok(mvc, user, path, query).getContentAsByteArray();
    }

    private static MockHttpServletResponse ok(MockMvc mvc, RequestPostProcessor user, String path, String... query)
            throws Exception {
        if (query.length % 2 != 0) {
            throw new IllegalArgumentException("the query is name, value pairs: " + String.join(", ", query));
        }
        MockHttpServletRequestBuilder get = MockMvcRequestBuilders.get(path);
        for (int i = 0; i < query.length; i += 2) {
            get.queryParam(query[i], query[i + 1]);
        }
        return mvc.perform(get.with(user))
                .andExpect(status().isOk())
                .andReturn()
                .getResponse();
    }
}
