package vn.doanket.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import vn.doanket.platform.Messages;

/**
 * An upload over the servlet limit fails before any handler is chosen, so the advices scoped to
 * controller types never see it. This one answers every module's uploads: a problem document for
 * the APIs, the error page (or the htmx alert) for people.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class UploadLimitHandler {

    static final String KEY = "error.upload.too-large";

    @ExceptionHandler(MaxUploadSizeExceededException.class)
    Object tooLarge(HttpServletRequest request, HttpServletResponse response) {
        String uri = request.getRequestURI();
        if (uri.startsWith("/api/") || uri.startsWith("/public/api/")) {
            return ResponseEntity.status(HttpStatus.PAYLOAD_TOO_LARGE)
                    .body(ApiExceptionHandler.problem(
                            HttpStatus.PAYLOAD_TOO_LARGE, "request.too-large", Messages.vi(Messages.PLATFORM, KEY)));
        }
        return PageExceptionHandler.view(
                request,
                response,
                HttpStatus.PAYLOAD_TOO_LARGE.value(),
                Messages.of(Messages.PLATFORM, LocaleContextHolder.getLocale()).get(KEY));
    }
}
