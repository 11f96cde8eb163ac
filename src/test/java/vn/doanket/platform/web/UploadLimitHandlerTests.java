package vn.doanket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/** An upload over the limit is answered with what to do: in Vietnamese on the API, in the reader's language on pages. */
class UploadLimitHandlerTests {

    @Test
    void apiGetsA413ProblemDocumentSayingToSplitTheFile() {
        var response = new MockHttpServletResponse();
        LocaleContextHolder.setLocale(Locale.ENGLISH); // the API answers in Vietnamese whatever the caller's language
        Object answer = new UploadLimitHandler()
                .tooLarge(new MockHttpServletRequest("POST", "/api/v1/funds/1/statements"), response);
        ResponseEntity<?> entity = (ResponseEntity<?>) answer;
        assertThat(entity.getStatusCode().value()).isEqualTo(413);
        ProblemDetail problem = (ProblemDetail) entity.getBody();
        assertThat(problem.getProperties()).containsEntry("code", "request.too-large");
        assertThat(problem.getDetail()).contains("quá lớn").contains("tách thành nhiều tệp");
        LocaleContextHolder.resetLocaleContext();
    }

    @Test
    void aPageGetsTheErrorViewAndAnHtmxRequestOnlyTheAlert() {
        var response = new MockHttpServletResponse();
        LocaleContextHolder.setLocale(Locale.forLanguageTag("vi"));
        var page = (ModelAndView)
                new UploadLimitHandler().tooLarge(new MockHttpServletRequest("POST", "/data/00004/upload"), response);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(page.getViewName()).isEqualTo("error");
        assertThat((String) page.getModel().get("message"))
                .startsWith("Tệp tải lên quá lớn (tối đa 64 MB).")
                .contains("tách thành nhiều tệp");
        // an English reader is told in English
        LocaleContextHolder.setLocale(Locale.ENGLISH);
        var english = (ModelAndView)
                new UploadLimitHandler().tooLarge(new MockHttpServletRequest("POST", "/data/00004/upload"), response);
        assertThat((String) english.getModel().get("message")).startsWith("The file is too large (64 MB at most).");
        LocaleContextHolder.resetLocaleContext();

        var htmx = new MockHttpServletRequest("POST", "/data/00004/upload");
        htmx.addHeader("HX-Request", "true");
        var alert = (ModelAndView) new UploadLimitHandler().tooLarge(htmx, new MockHttpServletResponse());
        assertThat(alert.getViewName()).isEqualTo("fragments/alert :: error");
    }
}
