package vn.doanket.organization.internal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * How residential areas are named in each kind of commune. Villages of a rural xã are "Thôn" in the
 * north and centre (in the northern mountains many are "Bản" with a local name) and "Ấp" in the
 * south; urban wards have "Tổ dân phố" in the north and centre and "Khu phố" in the south; special
 * zones (đặc khu) have "Khu". Provinces are classified by their 2025 code.
 */
public final class ResidentialAreaNaming {

    /** Southeast and Mekong delta provinces of the 2025 map, where villages are ấp and quarters khu phố. */
    static final Set<String> SOUTH = Set.of("75", "79", "80", "82", "86", "91", "92", "96");

    /** Northern mountain provinces, where many villages are bản. */
    static final Set<String> MOUNTAINOUS = Set.of("04", "08", "11", "12", "14", "15", "20");

    private static final String[] BAN_FIRST = {
        "Na", "Nà", "Pá", "Huổi", "Co", "Púng", "Nậm", "Hua", "Phiêng", "Khau", "Lũng", "Mường", "Tà", "Noong", "Pú"
    };
    private static final String[] BAN_SECOND = {
        "Pục", "Lạn", "Khoang", "Sáy", "Hịa", "Ban", "Mòn", "Pe", "Bó", "Khét", "Lọng", "Cang", "Hin", "Sản", "Luông",
        "Tấu", "Mạ", "Phày", "Ten", "Lay"
    };

    /** A generated area: its type (Thôn, Ấp, Tổ dân phố…) and its name ("Thôn 3", "Bản Na Hin"). */
    public record AreaName(String type, String name) {}

    private ResidentialAreaNaming() {}

    /** The type used for numbered areas in a commune of this type ("Xã", "Phường", "Đặc khu") and province. */
    public static String numberedType(String provinceCode, String communeType) {
        boolean south = SOUTH.contains(provinceCode);
        return switch (communeType) {
            case "Phường" -> south ? "Khu phố" : "Tổ dân phố";
            case "Đặc khu" -> "Khu";
            default -> south ? "Ấp" : "Thôn";
        };
    }

    /**
     * {@code count} distinct names for one commune. Numbered areas run 1, 2, 3… in order; in a rural
     * xã of a mountain province about half the villages are bản with a local name instead.
     */
    public static List<AreaName> names(String provinceCode, String communeType, int count, Random random) {
        String type = numberedType(provinceCode, communeType);
        boolean bans = type.equals("Thôn") && MOUNTAINOUS.contains(provinceCode);
        List<AreaName> names = new ArrayList<>(count);
        Set<String> used = new HashSet<>();
        int number = 0;
        for (int i = 0; i < count; i++) {
            if (bans && random.nextBoolean()) {
                String name = banName(random, used);
                if (name != null) {
                    names.add(new AreaName("Bản", name));
                    continue;
                }
            }
            names.add(new AreaName(type, type + " " + ++number));
        }
        return names;
    }

    private static String banName(Random random, Set<String> used) {
        for (int attempt = 0; attempt < 10; attempt++) {
            String name = "Bản " + BAN_FIRST[random.nextInt(BAN_FIRST.length)] + " "
                    + BAN_SECOND[random.nextInt(BAN_SECOND.length)];
            if (used.add(name)) {
                return name;
            }
        }
        return null;
    }
}
