package vn.doanket.platform.web;

import java.net.URI;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import vn.doanket.platform.DomainException;

/** Maps every error of the JSON API to a problem document with a stable {@code code} and a Vietnamese detail. */
@RestControllerAdvice(annotations = RestController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
class ApiExceptionHandler {

    @ExceptionHandler(DomainException.class)
    ProblemDetail domain(DomainException e) {
        return problem(HttpStatus.valueOf(e.status()), e.code(), e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ProblemDetail forbidden(AccessDeniedException e) {
        return problem(HttpStatus.FORBIDDEN, "auth.forbidden", e.getMessage());
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail mismatch(MethodArgumentTypeMismatchException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "request.bad-parameter",
                "Tham số \"" + e.getName() + "\" có giá trị không hợp lệ: \"" + e.getValue() + "\".");
    }

    @ExceptionHandler(MissingServletRequestParameterException.class)
    ProblemDetail missing(MissingServletRequestParameterException e) {
        return problem(
                HttpStatus.BAD_REQUEST, "request.missing-parameter", "Thiếu tham số \"" + e.getParameterName() + "\".");
    }

    @ExceptionHandler(DateTimeParseException.class)
    ProblemDetail date(DateTimeParseException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "request.bad-date",
                "Ngày \"" + e.getParsedString() + "\" không hợp lệ; dùng dạng yyyy-MM-dd, ví dụ 2024-12-31.");
    }

    @ExceptionHandler(HttpMessageNotReadableException.class)
    ProblemDetail unreadable(HttpMessageNotReadableException e) {
        return problem(
                HttpStatus.BAD_REQUEST,
                "request.unreadable",
                "Nội dung gửi lên không đọc được (JSON sai cú pháp hoặc sai kiểu dữ liệu).");
    }

    @ExceptionHandler(MethodArgumentNotValidException.class)
    ProblemDetail invalid(MethodArgumentNotValidException e) {
        List<String> errors = e.getBindingResult().getFieldErrors().stream()
                .map(f -> f.getField() + ": " + f.getDefaultMessage())
                .toList();
        ProblemDetail p = problem(
                HttpStatus.BAD_REQUEST, "request.invalid", "Dữ liệu không hợp lệ: " + String.join("; ", errors));
        p.setProperty("errors", errors);
        return p;
    }

    @ExceptionHandler(HandlerMethodValidationException.class)
    ProblemDetail invalidParameters(HandlerMethodValidationException e) {
        return problem(HttpStatus.BAD_REQUEST, "request.invalid", "Tham số không hợp lệ: " + e.getMessage());
    }

    static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("about:blank"));
        p.setProperty("code", code);
        return p;
    }
}
