package vn.doanket.reports;

import vn.doanket.platform.DomainException;
import vn.doanket.platform.Messages;

/**
 * A review cannot be saved as asked; the message (messages/reports*.properties, in the reader's
 * language) tells the reviewer what to change.
 */
public class FigureReviewException extends DomainException {

    private FigureReviewException(String code, int status, Messages.Key message) {
        super(code, status, message);
    }

    /** The refusal whose message is {@code error.<code>} with these arguments. */
    private static FigureReviewException of(String code, int status, Object... args) {
        return new FigureReviewException(code, status, new Messages.Key(ReportException.BUNDLE, "error." + code, args));
    }

    public static FigureReviewException notFound(long id) {
        return of("extraction.not-found", 404, id);
    }

    public static FigureReviewException stale() {
        return of("extraction.stale", 409);
    }

    public static FigureReviewException badValue(String raw) {
        return of("extraction.bad-value", 400, raw);
    }

    /** No indicator was chosen for the figure. */
    public static FigureReviewException missingIndicator() {
        return missing("indicator");
    }

    /** No reporting period was chosen for the figure. */
    public static FigureReviewException missingPeriod() {
        return missing("period");
    }

    /** The figure's value was left empty. */
    public static FigureReviewException missingValue() {
        return missing("value");
    }

    private static FigureReviewException missing(String what) {
        return new FigureReviewException(
                "extraction.missing-field",
                400,
                new Messages.Key(ReportException.BUNDLE, "error.extraction.missing-field." + what));
    }

    public static FigureReviewException cannotEnter() {
        return of("extraction.cannot-enter", 403);
    }

    public static FigureReviewException noOriginal(long id) {
        return of("extraction.no-original", 404, id);
    }
}
