package vn.doanket.reports.extraction;

import java.math.BigDecimal;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The words around numbers in Vietnamese reports, all lower-case with diacritics (both tone
 * placements where people write both, e.g. "khóa"/"khoá"). Longest forms are tried first.
 */
final class Lexicon {

    private Lexicon() {}

    /** Scale words and their multipliers: "9,1 tỷ" = 9 100 000 000. */
    static final Map<String, BigDecimal> SCALES = longestFirst(Map.of(
            "nghìn tỷ", new BigDecimal("1000000000000"),
            "ngàn tỷ", new BigDecimal("1000000000000"),
            "tỷ", new BigDecimal("1000000000"),
            "tỉ", new BigDecimal("1000000000"),
            "triệu", new BigDecimal("1000000"),
            "nghìn", new BigDecimal("1000"),
            "ngàn", new BigDecimal("1000"),
            "trăm", new BigDecimal("100")));

    /** Surface form → canonical unit. Forms that are prefixes of others ("đồng" of "đồng chí") lose to the longer. */
    static final Map<String, String> UNITS = longestFirst(units());

    /** Units that may be glued to the digits ("50.000đ", "12ha"). */
    static final Set<String> GLUED_UNITS =
            Set.of("đ", "đồng", "vnđ", "vnd", "usd", "km", "ha", "kg", "m", "tỷ", "tỉ", "triệu", "nghìn", "ngàn");

    /** Words before a number that make it a qualifier of the figure ("hơn 91%"). */
    static final List<String> QUALIFIERS = sortedLongestFirst(List.of(
            "gần như",
            "xấp xỉ",
            "tối thiểu",
            "ít nhất",
            "tối đa",
            "chưa đến",
            "chưa tới",
            "không dưới",
            "không quá",
            "ước đạt",
            "ước tính",
            "ước khoảng",
            "gần đạt",
            "lên tới",
            "lên đến",
            "vượt",
            "hơn",
            "trên",
            "gần",
            "khoảng",
            "chừng",
            "đạt",
            "dưới",
            "ước"));

    /** A number right after these names something ("khu 4", "lần thứ 12", "Kỳ họp thứ 14", "số 5"). */
    static final Set<String> ORDINAL_WORDS = Set.of(
            "khu",
            "thôn",
            "tổ",
            "xóm",
            "ấp",
            "bản",
            "khối",
            "đội",
            "cụm",
            "phường",
            "quận",
            "lần",
            "thứ",
            "kỳ",
            "kì",
            "khóa",
            "khoá",
            "điều",
            "khoản",
            "điểm",
            "mục",
            "chương",
            "phần",
            "trang",
            "tập",
            "số",
            "ngày",
            "tháng",
            "năm",
            "quý",
            "tuần",
            "đợt",
            "phiên",
            "lớp",
            "nhóm",
            "tầng",
            "ngõ",
            "hẻm",
            "ngách",
            "lô",
            "hạng",
            "giờ",
            "lúc",
            "mùng",
            "mồng",
            "top",
            "phòng",
            "đường",
            "km",
            "quốc lộ",
            "tỉnh lộ",
            "kiệt",
            "căn hộ",
            "bước",
            "hè",
            "xuân",
            "mùa",
            "mức",
            "phố",
            "khu dân cư",
            "buôn",
            "làng",
            "sóc",
            "khu phố",
            "bậc",
            "loại",
            "cấp độ",
            "nhiệm kỳ",
            "giai đoạn",
            "khóa học",
            "năm học",
            "niên khóa",
            "covid");

    /** Before a "day/month" shaped number these make it a date ("Ngày 22/3", "Sáng 10/10", "từ 15/6"). */
    static final Set<String> DATE_CUES = Set.of(
            "ngày", "sáng", "chiều", "trưa", "tối", "đêm", "hôm", "lúc", "hạn", "dịp", "từ", "đến", "tới", "trước",
            "sau", "đầu", "cuối", "giữa", "hết", "qua", "mùng", "mồng", "tháng", "nay");

    /** A number after these is a document or legal reference ("Nghị định 86/2023", "Luật số 97/2025/QH15"). */
    static final List<String> LEGAL_WORDS = sortedLongestFirst(List.of(
            "nghị định",
            "nghị quyết",
            "luật",
            "thông tư",
            "quyết định",
            "chỉ thị",
            "kết luận",
            "công văn",
            "thông báo",
            "tờ trình",
            "pháp lệnh",
            "hiến pháp",
            "công điện",
            "thông tri"));

    /** Before "12/2024" these make it a document reference; before a plain number they may be verbs. */
    static final List<String> DOCUMENT_WORDS =
            List.of("văn bản", "kế hoạch", "hướng dẫn", "chương trình", "đề án", "quy định", "báo cáo");

    /** A number followed by these is a time span, an age or a date part, not a reported figure. */
    static final Set<String> TIME_WORDS = Set.of("năm", "tháng", "tuần", "quý", "giờ", "phút", "giây", "tuổi", "ngày");

    private static Map<String, String> units() {
        Map<String, String> u = new LinkedHashMap<>();
        for (String f : List.of("đồng", "vnđ", "vnd", "đ")) {
            u.put(f, "đồng");
        }
        u.put("đô la", "USD");
        u.put("usd", "USD");
        u.put("%", "%");
        u.put("phần trăm", "%");
        u.put("đơn vị máu", "đơn vị máu");
        u.put("hộ gia đình", "hộ");
        u.put("hộ", "hộ");
        u.put("gia đình", "gia đình");
        u.put("người", "người");
        u.put("lượt người", "lượt người");
        u.put("lượt", "lượt");
        for (String f : List.of("căn nhà", "ngôi nhà", "nhà", "căn")) {
            u.put(f, "nhà");
        }
        u.put("nhà văn hóa", "nhà văn hóa");
        u.put("nhà văn hoá", "nhà văn hóa");
        u.put("đồng chí", "người");
        for (String f : List.of("ban công tác mặt trận", "ban ctmt", "ban công tác mặt trận khu dân cư", "ban")) {
            u.put(f, "Ban Công tác Mặt trận");
        }
        u.put("khu dân cư", "khu dân cư");
        u.put("thôn, tổ dân phố", "thôn, tổ dân phố");
        u.put("tổ dân phố", "tổ dân phố");
        u.put("thôn", "thôn");
        u.put("ấp", "ấp");
        u.put("bản", "bản");
        u.put("xóm", "xóm");
        for (String w : List.of(
                "cuộc",
                "hội nghị",
                "buổi",
                "mô hình",
                "công trình",
                "phần việc",
                "ca",
                "cây",
                "đèn",
                "thùng",
                "suất",
                "phần quà",
                "suất quà",
                "xuất quà",
                "bộ",
                "chiếc",
                "con",
                "kg",
                "tấn",
                "tạ",
                "km",
                "m",
                "m2",
                "m²",
                "m3",
                "ha",
                "héc-ta",
                "lít",
                "xã",
                "phường",
                "huyện",
                "tỉnh",
                "đơn vị",
                "tổ chức",
                "cơ quan",
                "doanh nghiệp",
                "cá nhân",
                "tập thể",
                "đại biểu",
                "cử tri",
                "ý kiến",
                "kiến nghị",
                "lớp",
                "hồ sơ",
                "văn bản",
                "tin",
                "bài",
                "tin bài",
                "sản phẩm",
                "tuyến",
                "đoàn viên",
                "hội viên",
                "đảng viên",
                "thành viên",
                "học sinh",
                "sinh viên",
                "em",
                "cháu",
                "trẻ em",
                "thanh niên",
                "cán bộ",
                "tiêu chí",
                "điểm",
                "lần",
                "ngày công",
                "tác phẩm",
                "đội",
                "câu lạc bộ",
                "chi hội",
                "trường",
                "đoàn",
                "vụ",
                "việc",
                "chương trình",
                "phong trào",
                "đợt",
                "tổ",
                "giải",
                "bằng khen",
                "giấy khen",
                "hội",
                "công dân",
                "lao động",
                "bò",
                "cặp bò",
                "con giống",
                "cây giống",
                "xe",
                "máy",
                "giường",
                "tủ sách",
                "phiếu",
                "câu hỏi",
                "lá thư",
                "thư",
                "bài viết",
                "cụm",
                "khối",
                "nhóm",
                "điểm trường",
                "cụ",
                "dự thảo",
                "hộ dân",
                "nhân khẩu",
                "khẩu",
                "người cao tuổi",
                "trẻ",
                "học bổng",
                "suất học bổng",
                "thẻ",
                "thẻ bảo hiểm y tế",
                "xe lăn",
                "xe đạp",
                "chuyến",
                "tuyến đường",
                "cây số",
                "quyển",
                "cuốn",
                "chăn",
                "áo",
                "bình",
                "căn hộ",
                "lượt hộ",
                "nhà tình nghĩa",
                "nhà nhân ái",
                "nhà tình thương",
                "bộ hồ sơ",
                "lá đơn",
                "đơn",
                "vụ việc",
                "đối tượng",
                "tổ hòa giải",
                "công",
                "hộ nghèo",
                "hộ cận nghèo",
                "người dân",
                "chỉ tiêu",
                "km đường",
                "mét",
                "bao",
                "túi",
                "thùng rác")) {
            u.putIfAbsent(w, w);
        }
        u.put("hộ nghèo", "hộ");
        u.put("hộ cận nghèo", "hộ");
        u.put("người dân", "người");
        u.put("thùng rác", "thùng");
        u.put("km đường", "km");
        return u;
    }

    private static <V> Map<String, V> longestFirst(Map<String, V> map) {
        Map<String, V> sorted = new LinkedHashMap<>();
        map.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .forEach(k -> sorted.put(k, map.get(k)));
        return sorted;
    }

    private static List<String> sortedLongestFirst(List<String> list) {
        return list.stream()
                .sorted(Comparator.comparingInt(String::length).reversed())
                .toList();
    }
}
