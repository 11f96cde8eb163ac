package vn.doanket.reports.generation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import vn.doanket.indicators.Period;
import vn.doanket.organization.Unit;
import vn.doanket.organization.UnitKind;
import vn.doanket.reports.EmptySections;
import vn.doanket.reports.Report;

/** Hà Nội's six-month report with the figures the domain page quotes, composed without a database. */
final class SampleReports {

    static final LocalDate ISSUED = LocalDate.of(2025, 7, 6);
    static final Period PERIOD = Period.half(2025, 1);

    static final Unit HA_NOI = new Unit(
            2,
            "01",
            "Hà Nội",
            "Thành phố Hà Nội",
            UnitKind.PROVINCE,
            "Thành phố",
            1L,
            "VN",
            "VN/01/",
            "/1/2/",
            2,
            LocalDate.of(2025, 7, 1),
            null);
    static final Unit VN = new Unit(
            1,
            "VN",
            "Việt Nam",
            "Ủy ban Trung ương",
            UnitKind.CENTRAL,
            null,
            null,
            null,
            "VN/",
            "/1/",
            1,
            LocalDate.of(2025, 7, 1),
            null);
    static final Unit BA_DINH = commune(3, "00004", "Ba Đình", "Phường");
    static final Unit NGOC_HA = commune(4, "00008", "Ngọc Hà", "Phường");
    static final Unit HONG_SON = commune(5, "10105", "Hồng Sơn", "Xã");

    private SampleReports() {}

    static Unit commune(long id, String code, String name, String type) {
        return new Unit(
                id,
                code,
                name,
                type + " " + name,
                UnitKind.COMMUNE,
                type,
                2L,
                "01",
                "VN/01/" + code + "/",
                "/1/2/" + id + "/",
                3,
                LocalDate.of(2025, 7, 1),
                null);
    }

    static Figures figures() {
        String p = PERIOD.id();
        String ly = PERIOD.sameLastYear().id();
        Figures f = new Figures();
        f.put("BLOOD_UNITS", "01", p, n(54), n(44));
        f.put("BLOOD_REGISTERED", "01", p, n(132), null);
        f.put("UNITY_HOUSES_BUILT", "01", p, n(193), null);
        f.put("UNITY_HOUSES_VALUE", "01", p, new BigDecimal("9123456789"), null);
        f.put("TET_HOUSEHOLDS", "01", p, n(43), null);
        f.put("TET_VALUE", "01", p, new BigDecimal("21500000"), null);
        f.put("FUND_SEA_ISLANDS", "01", p, new BigDecimal("72925000"), new BigDecimal("45300000"));
        f.put("HH_CULTURAL", "01", p, n(45_700), null);
        f.put("HH_TOTAL", "01", p, n(50_000), null);
        f.put("HH_CULTURAL_SHARE", "01", p, new BigDecimal("91.4"), null);
        f.put("SUPERVISIONS", "01", p, n(112), null);
        f.put("SUPERVISIONS", "01", ly, n(100), null);
        f.put("CREMATIONS", "01", p, n(9), null);
        f.put("DEATHS", "01", p, n(17), null);
        f.put("UNITY_FESTIVAL_HELD", "01", p, n(100), null);
        f.put("SUPERVISIONS", "00004", p, n(70), null);
        f.put("SUPERVISIONS", "00008", p, n(42), null);
        f.put("UNITY_HOUSES_BUILT", "00004", p, n(100), null);
        f.put("UNITY_HOUSES_BUILT", "10105", p, n(93), null);
        f.put("UNITY_HOUSES_VALUE", "00004", p, new BigDecimal("5000000000"), null);
        f.put("UNITY_HOUSES_VALUE", "10105", p, new BigDecimal("4123456789"), null);
        return f;
    }

    static Report haNoi(Map<String, String> texts, EmptySections empty) {
        return ReportComposer.compose(new ReportComposer.Context(
                HA_NOI,
                VN,
                List.of(BA_DINH, NGOC_HA, HONG_SON),
                PERIOD,
                figures(),
                texts,
                Map.of("BLOOD_UNITS", "Số đơn vị máu hiến được"),
                ISSUED,
                empty));
    }

    static Report haNoi() {
        return haNoi(
                Map.of(
                        "supervision", "Ban Thường trực tập trung giám sát việc thực hiện chính sách an sinh xã hội.",
                        "signer", "Nguyễn Văn An",
                        "number", "12"),
                EmptySections.STATE);
    }

    static BigDecimal n(long v) {
        return BigDecimal.valueOf(v);
    }
}
