package vn.doanket.indicators;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import vn.doanket.platform.DomainException;
import vn.doanket.platform.Messages;

/**
 * An indicator or form draft was refused; nothing was saved. {@link #fieldErrors()} names each field
 * (as in the draft) with a Vietnamese message, so the page can show it beside the field and the API
 * can list it; {@link #fieldErrors(Locale)} gives them in the reader's language. Code
 * {@code ind.catalogue-invalid}, or the code of the single rule that refused it.
 */
public class CatalogueRejectedException extends DomainException {

    private final transient Map<String, Messages.Text> fieldErrors;

    CatalogueRejectedException(String code, int status, Map<String, ? extends Messages.Text> fieldErrors) {
        super(code, status, summary(fieldErrors, Messages.VIETNAMESE));
        this.fieldErrors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    /** Each field's reason, in Vietnamese. */
    public Map<String, String> fieldErrors() {
        return fieldErrors(Messages.VIETNAMESE);
    }

    /** Each field's reason, in the reader's language. */
    public Map<String, String> fieldErrors(Locale locale) {
        Map<String, String> out = new LinkedHashMap<>();
        fieldErrors.forEach((field, text) -> out.put(field, text.in(locale)));
        return out;
    }

    @Override
    public String message(Locale locale) {
        return Messages.isEnglish(locale) ? summary(fieldErrors, locale) : getMessage();
    }

    private static String summary(Map<String, ? extends Messages.Text> errors, Locale locale) {
        if (errors.size() == 1) {
            return errors.values().iterator().next().in(locale);
        }
        return IndicatorMessages.of(locale)
                .get(
                        "error.ind.catalogue-invalid",
                        Integer.toString(errors.size()),
                        String.join(
                                " ",
                                errors.values().stream().map(t -> t.in(locale)).toList()));
    }
}
