package vn.doanket.platform.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.web.servlet.ModelAndView;

/** An upload over the limit is answered in Vietnamese, with what to do, on the API and on pages. */
class UploadLimitHandlerTests {

    @Test
    void apiGetsA413ProblemDocumentSayingToSplitTheFile() {
        var response = new MockHttpServletResponse();
        Object answer = new UploadLimitHandler()
                .tooLarge(new MockHttpServletRequest("POST", "/api/v1/funds/1/statements"), response);
        ResponseEntity<?> entity = (ResponseEntity<?>) answer;
        assertThat(entity.getStatusCode().value()).isEqualTo(413);
        ProblemDetail problem = (ProblemDetail) entity.getBody();
        assertThat(problem.getProperties()).containsEntry("code", "request.too-large");
        assertThat(problem.getDetail()).contains("quá lớn").contains("tách thành nhiều tệp");
    }

    @Test
    void aPageGetsTheErrorViewAndAnHtmxRequestOnlyTheAlert() {
        var response = new MockHttpServletResponse();
        var page = (ModelAndView)
                new UploadLimitHandler().tooLarge(new MockHttpServletRequest("POST", "/data/00004/upload"), response);
        assertThat(response.getStatus()).isEqualTo(413);
        assertThat(page.getViewName()).isEqualTo("error");
        assertThat(page.getModel()).containsEntry("message", UploadLimitHandler.MESSAGE);

        var htmx = new MockHttpServletRequest("POST", "/data/00004/upload");
        htmx.addHeader("HX-Request", "true");
        var alert = (ModelAndView) new UploadLimitHandler().tooLarge(htmx, new MockHttpServletResponse());
        assertThat(alert.getViewName()).isEqualTo("fragments/alert :: error");
    }
}
