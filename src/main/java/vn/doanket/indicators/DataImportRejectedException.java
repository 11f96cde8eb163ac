package vn.doanket.indicators;

import java.util.List;
import vn.doanket.platform.DomainException;

/** A batch or upload had errors; none of its values was stored. {@link #errors()} names each row. */
public class DataImportRejectedException extends DomainException {

    private final transient List<RowError> errors;

    DataImportRejectedException(List<RowError> errors) {
        super(
                "ind.import-rejected",
                422,
                IndicatorMessages.vi(
                        "error.ind.import-rejected",
                        Integer.toString(errors.size()),
                        errors.isEmpty()
                                ? ""
                                : errors.get(0).row() + ": "
                                        + errors.get(0).message().replaceAll("[.\\s]+$", "")),
                errors.size());
        this.errors = List.copyOf(errors);
    }

    public List<RowError> errors() {
        return errors;
    }
}
