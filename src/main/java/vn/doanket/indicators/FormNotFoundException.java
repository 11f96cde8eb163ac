package vn.doanket.indicators;

import vn.doanket.platform.DomainException;

/** No report form has this code. */
public class FormNotFoundException extends DomainException {
    public FormNotFoundException(String code) {
        super("ind.form-not-found", 404, IndicatorMessages.vi("error.ind.form-not-found", code), code);
    }
}
