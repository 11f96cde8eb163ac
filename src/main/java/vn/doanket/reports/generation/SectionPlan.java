package vn.doanket.reports.generation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import vn.doanket.reports.FigureTable.Column;
import vn.doanket.reports.FigureTable.Format;

/**
 * A work area of the report (the domain page's list: movements, cultural titles, the Unity
 * Festival, funds, Great Unity houses, household support, supervision, voter contact, coordination
 * targets): its title, the clauses of its sentence and the columns of its table by child unit.
 * The words are Vietnamese whatever the reader's language, since the report is an official
 * Vietnamese document.
 *
 * @param separator what joins the clauses: "; " between separate results, ", " for one result told in parts
 */
public record SectionPlan(String key, String title, String separator, List<Fact> facts, List<Column> columns) {

    /** Keys of free-text parts that are not work areas: the introduction and the tasks ahead. */
    public static final String INTRO = "intro";

    public static final String TASKS = "tasks";

    /** Header details the user keeps with the texts: number, signer's name, recipients (one per line). */
    public static final Set<String> HEADER_KEYS = Set.of("number", "signer", "recipients");

    public static final List<SectionPlan> ALL = List.of(
            new SectionPlan(
                    "movements",
                    "Thực hiện các cuộc vận động, phong trào thi đua yêu nước",
                    "; ",
                    List.of(
                            Fact.ratio(
                                    "RA_MODEL_REGISTERED",
                                    "RA_TOTAL",
                                    "có {v} Ban Công tác Mặt trận khu dân cư đăng ký mô hình, công trình phần việc"),
                            Fact.stock("NEW_RURAL_COMMUNE", "có {v} xã đạt chuẩn nông thôn mới"),
                            Fact.count("OCOP_PRODUCTS", "có {v} sản phẩm OCOP được công nhận"),
                            Fact.count("TREES_PLANTED", "trồng mới {v} cây xanh"),
                            Fact.count("OUTREACH_SESSIONS", "tổ chức {v} buổi tuyên truyền, vận động"),
                            Fact.count("OUTREACH_ATTENDANCE", "thu hút {v} lượt người tham dự"),
                            Fact.count("FRONT_CONFERENCES", "tổ chức {v} hội nghị tổng kết, sơ kết, giao ban")),
                    List.of(
                            col("Số Ban CTMT đăng ký mô hình", "RA_MODEL_REGISTERED", Format.COUNT),
                            col("Sản phẩm OCOP", "OCOP_PRODUCTS", Format.COUNT),
                            col("Cây xanh trồng mới", "TREES_PLANTED", Format.COUNT),
                            col("Buổi tuyên truyền", "OUTREACH_SESSIONS", Format.COUNT))),
            new SectionPlan(
                    "cultural",
                    "Xây dựng danh hiệu văn hóa",
                    "; ",
                    List.of(
                            Fact.ratio(
                                    "HH_CULTURAL", "HH_TOTAL", "có {s} hộ ({v} hộ) đạt danh hiệu \"Gia đình văn hóa\""),
                            Fact.ratio(
                                    "RA_CULTURAL",
                                    "RA_TOTAL",
                                    "{s} thôn, tổ dân phố ({v}) đạt danh hiệu \"Thôn, Tổ dân phố văn hóa\"")),
                    List.of(
                            col("Tổng số hộ", "HH_TOTAL", Format.COUNT),
                            col("Hộ đạt GĐVH", "HH_CULTURAL", Format.COUNT),
                            col("Tỷ lệ hộ đạt GĐVH", "HH_CULTURAL_SHARE", Format.PERCENT),
                            col("Tỷ lệ thôn, TDP văn hóa", "RA_CULTURAL_SHARE", Format.PERCENT))),
            new SectionPlan(
                    "festival",
                    "Ngày hội Đại đoàn kết toàn dân tộc",
                    "; ",
                    List.of(Fact.share(
                            "UNITY_FESTIVAL_HELD", "có {s} khu dân cư tổ chức Ngày hội \"Đại đoàn kết toàn dân tộc\"")),
                    List.of(col("Tỷ lệ khu dân cư tổ chức", "UNITY_FESTIVAL_HELD", Format.PERCENT))),
            new SectionPlan(
                    "funds",
                    "Vận động Quỹ \"Vì người nghèo\" và các quỹ",
                    "; ",
                    List.of(
                            Fact.money("FUND_POOR_RAISED", "vận động Quỹ \"Vì người nghèo\" được {v}"),
                            Fact.money("FUND_POOR_SPENT", "chi hỗ trợ từ Quỹ {v}"),
                            Fact.money("RELIEF_RAISED", "tiếp nhận ủng hộ cứu trợ thiên tai {v}"),
                            Fact.money("FUND_SEA_ISLANDS", "vận động Quỹ \"Vì biển, đảo Việt Nam\" được {v}")),
                    List.of(
                            col("Quỹ Vì người nghèo (đồng)", "FUND_POOR_RAISED", Format.MONEY),
                            col("Đã chi (đồng)", "FUND_POOR_SPENT", Format.MONEY),
                            col("Cứu trợ (đồng)", "RELIEF_RAISED", Format.MONEY),
                            col("Quỹ Vì biển, đảo (đồng)", "FUND_SEA_ISLANDS", Format.MONEY))),
            new SectionPlan(
                    "houses",
                    "Xây dựng nhà \"Đại đoàn kết\"",
                    ", ",
                    List.of(
                            Fact.count("UNITY_HOUSES_BUILT", "xây mới {v} nhà \"Đại đoàn kết\""),
                            Fact.count("UNITY_HOUSES_REPAIRED", "sửa chữa {v} nhà"),
                            Fact.money("UNITY_HOUSES_VALUE", "tổng trị giá {v}")),
                    List.of(
                            col("Nhà xây mới", "UNITY_HOUSES_BUILT", Format.COUNT),
                            col("Nhà sửa chữa", "UNITY_HOUSES_REPAIRED", Format.COUNT),
                            col("Trị giá (đồng)", "UNITY_HOUSES_VALUE", Format.MONEY))),
            new SectionPlan(
                    "support",
                    "Chăm lo, hỗ trợ hộ nghèo, hộ cận nghèo, gia đình chính sách",
                    ", ",
                    List.of(
                            Fact.count("TET_HOUSEHOLDS", "thăm, tặng quà Tết cho {v} hộ"),
                            Fact.money("TET_VALUE", "trị giá {v}"),
                            Fact.count("POOR_HH_SUPPORTED", "hỗ trợ {v} lượt hộ nghèo, cận nghèo")),
                    List.of(
                            col("Hộ được tặng quà Tết", "TET_HOUSEHOLDS", Format.COUNT),
                            col("Giá trị quà (đồng)", "TET_VALUE", Format.MONEY),
                            col("Lượt hộ nghèo được hỗ trợ", "POOR_HH_SUPPORTED", Format.COUNT))),
            new SectionPlan(
                    "supervision",
                    "Công tác giám sát và phản biện xã hội",
                    "; ",
                    List.of(
                            Fact.count("SUPERVISIONS", "chủ trì, phối hợp tổ chức {v} cuộc giám sát"),
                            Fact.count("CRITICISM_CONFERENCES", "tổ chức {v} hội nghị phản biện xã hội"),
                            Fact.count("RECOMMENDATIONS", "đưa ra {v} kiến nghị"),
                            Fact.ratio(
                                    "RECOMMENDATIONS_ADOPTED",
                                    "RECOMMENDATIONS",
                                    "{v} kiến nghị đã được tiếp thu, giải quyết ({s})"),
                            Fact.count("DRAFT_COMMENTS", "tham gia {v} ý kiến góp ý dự thảo văn bản")),
                    List.of(
                            col("Cuộc giám sát", "SUPERVISIONS", Format.COUNT),
                            col("Hội nghị phản biện", "CRITICISM_CONFERENCES", Format.COUNT),
                            col("Kiến nghị", "RECOMMENDATIONS", Format.COUNT),
                            col("Kiến nghị được giải quyết", "RECOMMENDATIONS_ADOPTED", Format.COUNT))),
            new SectionPlan(
                    "voters",
                    "Tiếp xúc cử tri, tổng hợp ý kiến, kiến nghị của cử tri",
                    "; ",
                    List.of(
                            Fact.count("VOTER_MEETINGS", "phối hợp tổ chức {v} cuộc tiếp xúc cử tri"),
                            Fact.count("VOTER_ATTENDANCE", "với {v} lượt cử tri tham dự"),
                            Fact.count("VOTER_OPINIONS", "tổng hợp {v} ý kiến, kiến nghị của cử tri"),
                            Fact.ratio(
                                    "PETITIONS_ANSWERED",
                                    "VOTER_OPINIONS",
                                    "{v} ý kiến, kiến nghị đã được trả lời ({s})")),
                    List.of(
                            col("Cuộc tiếp xúc cử tri", "VOTER_MEETINGS", Format.COUNT),
                            col("Lượt cử tri", "VOTER_ATTENDANCE", Format.COUNT),
                            col("Ý kiến, kiến nghị", "VOTER_OPINIONS", Format.COUNT),
                            col("Đã được trả lời", "PETITIONS_ANSWERED", Format.COUNT))),
            new SectionPlan(
                    "coordination",
                    "Phối hợp thực hiện các chỉ tiêu được giao",
                    "; ",
                    List.of(
                            Fact.count("BLOOD_REGISTERED", "vận động {v} người đăng ký hiến máu"),
                            Fact.count("BLOOD_UNITS", "hiến {v} đơn vị máu"),
                            Fact.count("ENLISTMENT", "vận động {v} thanh niên lên đường nhập ngũ"),
                            Fact.ratio("CREMATIONS", "DEATHS", "vận động hỏa táng {v} ca, đạt {p}"),
                            Fact.ratio(
                                    "DIGITAL_ID_ACTIVATED",
                                    "DIGITAL_ID_ELIGIBLE",
                                    "{v} người kích hoạt định danh điện tử mức 2 ({p})")),
                    List.of(
                            col("Đơn vị máu", "BLOOD_UNITS", Format.COUNT),
                            col("Thanh niên nhập ngũ", "ENLISTMENT", Format.COUNT),
                            col("Tỷ lệ hỏa táng", "CREMATION_SHARE", Format.PERCENT),
                            col("Tỷ lệ định danh điện tử", "DIGITAL_ID_SHARE", Format.PERCENT))));

    /** Every indicator a report reads for the unit itself. */
    public static Set<String> unitIndicators() {
        Set<String> codes = new LinkedHashSet<>();
        for (SectionPlan s : ALL) {
            for (Fact f : s.facts()) {
                codes.add(f.indicator());
                if (f.isRatio()) {
                    codes.add(f.denominator());
                }
            }
            s.columns().forEach(c -> codes.add(c.indicator()));
        }
        return codes;
    }

    /** Every indicator a report reads for each child unit (its tables). */
    public static Set<String> childIndicators() {
        Set<String> codes = new LinkedHashSet<>();
        ALL.forEach(s -> s.columns().forEach(c -> codes.add(c.indicator())));
        return codes;
    }

    public static boolean isTextKey(String key) {
        return INTRO.equals(key)
                || TASKS.equals(key)
                || HEADER_KEYS.contains(key)
                || ALL.stream().anyMatch(s -> s.key().equals(key));
    }

    private static Column col(String header, String indicator, Format format) {
        return new Column(header, indicator, format);
    }
}
