package vn.doanket.indicators;

import java.util.LinkedHashMap;
import java.util.Map;
import vn.doanket.platform.DomainException;

/**
 * An indicator or form draft was refused; nothing was saved. {@link #fieldErrors()} names each field
 * (as in the draft) with a Vietnamese message, so the page can show it beside the field and the API
 * can list it. Code {@code ind.catalogue-invalid}, or the code of the single rule that refused it.
 */
public class CatalogueRejectedException extends DomainException {

    private final transient Map<String, String> fieldErrors;

    CatalogueRejectedException(String code, int status, Map<String, String> fieldErrors) {
        super(code, status, summary(fieldErrors));
        this.fieldErrors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(fieldErrors));
    }

    public Map<String, String> fieldErrors() {
        return fieldErrors;
    }

    private static String summary(Map<String, String> errors) {
        return errors.size() == 1
                ? errors.values().iterator().next()
                : IndicatorMessages.vi(
                        "error.ind.catalogue-invalid",
                        Integer.toString(errors.size()),
                        String.join(" ", errors.values()));
    }
}
