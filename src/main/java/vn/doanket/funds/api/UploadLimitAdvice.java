package vn.doanket.funds.api;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.net.URI;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload over the servlet limit fails before any handler is chosen, so the platform's
 * advices (scoped to controller types) never see it and Spring answers in English. Statement
 * uploads are the big ones, hence this advice here; it belongs in the platform's handlers and
 * should move there.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitAdvice {

    static final String MESSAGE = "Tệp tải lên quá lớn (tối đa 64 MB). Với sao kê ngân hàng, hãy tách thành nhiều tệp"
            + " theo khoảng ngày rồi nhập lần lượt; các dòng trùng sẽ không bị nhập hai lần.";

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
        if (request.getRequestURI().startsWith("/api/")
                || request.getRequestURI().startsWith("/public/api/")) {
            ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.PAYLOAD_TOO_LARGE, MESSAGE);
            p.setType(URI.create("about:blank"));
            p.setProperty("code", "request.too-large");
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE).body(p);
        }
        response.setStatus(HttpStatus.PAYLOAD_TOO_LARGE.value());
        ModelAndView mv = new ModelAndView("error");
        mv.addObject("status", 413);
        mv.addObject("message", MESSAGE);
        return mv;
    }
}
