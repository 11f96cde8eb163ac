package vn.doanket.indicators;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.util.Locale;
import vn.doanket.platform.DomainException;
import vn.doanket.platform.Messages;

/**
 * Why one row of a batch or upload was refused.
 *
 * @param row 1-based position in the list or the upload's {@code dataValues}
 * @param field the field at fault (dataElement, orgUnit, period, categoryOptionCombo, value), or null
 * @param code the stable error code
 * @param message Vietnamese, naming what was wrong and what to do
 * @param english the same in English for an English reader's page, or null where there is none (the
 *     API answers in Vietnamese, so it leaves this out)
 */
public record RowError(int row, String field, String code, String message, @JsonIgnore String english) {

    public RowError(int row, String field, String code, String message) {
        this(row, field, code, message, null);
    }

    /** The row refused by a rule, in both languages. */
    static RowError of(int row, String field, DomainException refusal) {
        return new RowError(row, field, refusal.code(), refusal.getMessage(), refusal.message(Locale.ENGLISH));
    }

    /** A refusal of the whole upload by one of the reporting engine's messages. */
    static RowError whole(int row, String code, String key, Object... args) {
        return new RowError(
                row,
                null,
                code,
                IndicatorMessages.vi(key, args),
                IndicatorMessages.of(Locale.ENGLISH).get(key, args));
    }

    /** The reason in the reader's language: English for an English reader where it has it. */
    public String message(Locale locale) {
        return english != null && Messages.isEnglish(locale) ? english : message;
    }
}
