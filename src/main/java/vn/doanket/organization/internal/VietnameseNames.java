package vn.doanket.organization.internal;

import java.util.Random;
import vn.doanket.organization.Gender;

/**
 * Plausible Vietnamese full names for demo people: a family name drawn by its real frequency (about
 * 38% of people are Nguyễn), a middle name that depends on gender, and a given name. In the south
 * Hoàng and Vũ are mostly written Huỳnh and Võ, as they are there.
 */
public final class VietnameseNames {

    private static final String[] FAMILY = {
        "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Phan", "Vũ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô", "Dương", "Lý", "Đinh",
        "Trương", "Mai", "Cao", "Lương", "Tạ"
    };
    /** Relative weights of {@link #FAMILY}, roughly their published frequencies in per mille. */
    private static final int[] FAMILY_WEIGHT = {
        384, 112, 95, 71, 51, 45, 39, 21, 20, 14, 13, 13, 10, 5, 14, 12, 11, 10, 8, 32
    };

    private static final String[] MIDDLE_MALE = {
        "Văn", "Văn", "Văn", "Đức", "Minh", "Hữu", "Quốc", "Thanh", "Công", "Xuân", "Ngọc", "Quang", "Đình"
    };
    private static final String[] MIDDLE_FEMALE = {
        "Thị", "Thị", "Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Minh", "Kim", "Phương", "Thúy", "Bích"
    };
    private static final String[] GIVEN_MALE = {
        "Hùng", "Dũng", "Tuấn", "Minh", "Hải", "Nam", "Sơn", "Thắng", "Long", "Hòa", "Bình", "Cường", "Quang", "Trung",
        "Hiếu", "Phong", "Thành", "Tâm", "Lâm", "Khánh", "Đạt", "Toàn", "Tùng", "Vinh", "Hưng", "Phúc", "Lộc", "Thịnh",
        "Huy", "Kiên"
    };
    private static final String[] GIVEN_FEMALE = {
        "Lan", "Hương", "Hoa", "Mai", "Hạnh", "Nga", "Thủy", "Hà", "Linh", "Trang", "Nhung", "Phương", "Thảo", "Yến",
        "Loan", "Dung", "Huyền", "Oanh", "Hằng", "Liên", "Vân", "Tuyết", "Hiền", "Ngọc"
    };

    private static final int FAMILY_TOTAL =
            java.util.Arrays.stream(FAMILY_WEIGHT).sum();

    private VietnameseNames() {}

    public static String fullName(Random random, Gender gender, boolean south) {
        String family = family(random, south);
        boolean female = gender == Gender.NU;
        String middle = pick(random, female ? MIDDLE_FEMALE : MIDDLE_MALE);
        String given = pick(random, female ? GIVEN_FEMALE : GIVEN_MALE);
        while (given.equals(middle)) { // "Phạm Quang Quang" is not a name anyone is given
            given = pick(random, female ? GIVEN_FEMALE : GIVEN_MALE);
        }
        return family + " " + middle + " " + given;
    }

    static String family(Random random, boolean south) {
        int n = random.nextInt(FAMILY_TOTAL);
        int i = 0;
        while (n >= FAMILY_WEIGHT[i]) {
            n -= FAMILY_WEIGHT[i++];
        }
        String name = FAMILY[i];
        if (south && random.nextInt(10) < 8) {
            if (name.equals("Hoàng")) {
                return "Huỳnh";
            }
            if (name.equals("Vũ")) {
                return "Võ";
            }
        }
        return name;
    }

    private static String pick(Random random, String[] options) {
        return options[random.nextInt(options.length)];
    }
}
