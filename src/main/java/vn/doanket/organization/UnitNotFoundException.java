package vn.doanket.organization;

import vn.doanket.platform.DomainException;

/** No unit has this code (on the date asked). */
public class UnitNotFoundException extends DomainException {
    public UnitNotFoundException(String code) {
        super("org.unit-not-found", 404, "Không tìm thấy đơn vị có mã \"" + code + "\".", code);
    }
}
