package vn.doanket.reports.generation;

import java.util.List;
import java.util.Locale;
import vn.doanket.organization.Unit;
import vn.doanket.organization.UnitKind;

/**
 * How a committee names itself on a document: the issuing body in capitals, the symbol after the
 * number (MTTW-BTT at the centre, MTTQ-BTT below), the place on the date line, and the scope its
 * sentences speak for ("toàn thành phố", "toàn xã", "cả nước").
 *
 * @param committee the committee as named in running text: "Ủy ban MTTQ Việt Nam thành phố Hà Nội"
 */
public record OfficialHeader(List<String> issuingBody, String symbol, String place, String scope, String committee) {

    static final Locale VI = Locale.forLanguageTag("vi");

    public static OfficialHeader of(Unit unit) {
        if (unit.kind() == UnitKind.CENTRAL) {
            return new OfficialHeader(
                    List.of("ỦY BAN TRUNG ƯƠNG", "MẶT TRẬN TỔ QUỐC VIỆT NAM"),
                    "MTTW-BTT",
                    "Hà Nội",
                    "cả nước",
                    "Ủy ban Trung ương MTTQ Việt Nam");
        }
        String type = unit.unitType() == null || unit.unitType().isBlank()
                ? ""
                : unit.unitType().strip().toLowerCase(VI);
        if (unit.kind() == UnitKind.RESIDENTIAL_AREA) {
            return new OfficialHeader(
                    List.of("BAN CÔNG TÁC MẶT TRẬN", unit.fullName().toUpperCase(VI)),
                    "BCTMT",
                    unit.name(),
                    "khu dân cư",
                    "Ban Công tác Mặt trận " + unit.fullName());
        }
        String lowered = type.isEmpty() ? unit.fullName() : type + " " + unit.name();
        return new OfficialHeader(
                List.of("ỦY BAN MTTQ VIỆT NAM", unit.fullName().toUpperCase(VI)),
                "MTTQ-BTT",
                unit.name(),
                type.isEmpty() ? "toàn địa bàn" : "toàn " + type,
                "Ủy ban MTTQ Việt Nam " + lowered);
    }
}
