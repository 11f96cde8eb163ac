package vn.doanket.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;
import vn.doanket.platform.DomainException;

/**
 * Errors of the web pages: a full page with the message, or for an htmx request just the alert
 * fragment, so the form the user is typing in stays as it is.
 */
@ControllerAdvice(annotations = Controller.class)
class PageExceptionHandler {

    @ExceptionHandler(DomainException.class)
    ModelAndView domain(DomainException e, HttpServletRequest req, HttpServletResponse res) {
        return view(req, res, e.status(), e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ModelAndView forbidden(AccessDeniedException e, HttpServletRequest req, HttpServletResponse res) {
        return view(req, res, 403, e.getMessage());
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
