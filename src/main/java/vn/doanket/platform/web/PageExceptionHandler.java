package vn.doanket.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import vn.doanket.platform.DomainException;

/**
 * Errors of the web pages: a full page with the message, or for an htmx request just the alert
 * fragment, so the form the user is typing in stays as it is.
 */
@ControllerAdvice(annotations = Controller.class)
// before Spring Boot's problem details (order 0), which answered a page's missing parameter with English
// JSON; after the API's handler, which keeps its problem documents
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageExceptionHandler {

    /** What to do about an address cut short or typed by hand. */
    private static final String FROM_THE_APP = "Hãy mở trang từ trình đơn hoặc các liên kết của ứng dụng.";

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletRequest req, HttpServletResponse res) {
        return view(req, res, e.status(), e.message(org.springframework.context.i18n.LocaleContextHolder.getLocale()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException e, HttpServletRequest req, HttpServletResponse res) {
        return view(req, res, 403, e.getMessage());
    }

    /** A page asked for without what it needs (a link cut short, a typed address): say which, in Vietnamese. */
    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e, HttpServletRequest req, HttpServletResponse res) {
        return view(
                req, res, 400, "Thiếu tham số \"" + e.getParameterName() + "\" trong địa chỉ trang. " + FROM_THE_APP);
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest req, HttpServletResponse res) {
        return view(
                req,
                res,
                400,
                "Tham số \"" + e.getName() + "\" trong địa chỉ trang có giá trị không hợp lệ: \"" + e.getValue()
                        + "\". " + FROM_THE_APP);
    }

    static ModelAndView view(HttpServletRequest req, HttpServletResponse res, int status, String message) {
        res.setStatus(status);
        boolean htmx = "true".equals(req.getHeader("HX-Request"));
        ModelAndView mv = new ModelAndView(htmx ? "fragments/alert :: error" : "error");
        mv.addObject("status", status);
        mv.addObject("message", message);
        if (htmx) {
            res.setHeader("HX-Retarget", "#flash");
            res.setHeader("HX-Reswap", "innerHTML");
        }
        return mv;
    }
}
