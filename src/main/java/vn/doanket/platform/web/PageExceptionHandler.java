package vn.doanket.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.context.i18n.LocaleContextHolder;
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
import vn.doanket.platform.Messages;
import vn.doanket.platform.access.Forbidden;

/**
 * Errors of the web pages: a full page with the message, or for an htmx request just the alert
 * fragment, so the form the user is typing in stays as it is.
 */
@ControllerAdvice(annotations = Controller.class)
// before Spring Boot's problem details (order 0), which answered a page's missing parameter with English
// JSON; after the API's handler, which keeps its problem documents
@Order(Ordered.HIGHEST_PRECEDENCE + 1)
class PageExceptionHandler {

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletRequest req, HttpServletResponse res) {
        return view(req, res, e.status(), e.message(locale()));
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException e, HttpServletRequest req, HttpServletResponse res) {
        return view(req, res, 403, Forbidden.reason(e, locale()));
    }

    /**
     * A page asked for without what it needs (a link cut short, a typed address): say which, and what to
     * do about it.
     */
    @ExceptionHandler(MissingServletRequestParameterException.class)
    ModelAndView missing(MissingServletRequestParameterException e, HttpServletRequest req, HttpServletResponse res) {
        return view(
                req,
                res,
                400,
                Messages.of(Messages.PLATFORM, locale()).get("error.page.missing-parameter", e.getParameterName()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ModelAndView mismatch(MethodArgumentTypeMismatchException e, HttpServletRequest req, HttpServletResponse res) {
        return view(
                req,
                res,
                400,
                Messages.of(Messages.PLATFORM, locale()).get("error.page.bad-parameter", e.getName(), e.getValue()));
    }

    private static Locale locale() {
        return LocaleContextHolder.getLocale();
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
