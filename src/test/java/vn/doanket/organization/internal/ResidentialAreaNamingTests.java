package vn.doanket.organization.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import vn.doanket.organization.Gender;

class ResidentialAreaNamingTests {

    @Test
    void ruralCommunesInTheNorthAndCentreHaveNumberedThon() {
        assertThat(names("01", "Xã", 3)).containsExactly("Thôn 1", "Thôn 2", "Thôn 3");
        assertThat(names("40", "Xã", 2)).containsExactly("Thôn 1", "Thôn 2");
    }

    @Test
    void ruralCommunesInTheSouthHaveAp() {
        assertThat(names("96", "Xã", 2)).containsExactly("Ấp 1", "Ấp 2");
        assertThat(names("75", "Xã", 1)).containsExactly("Ấp 1");
    }

    @Test
    void wardsHaveToDanPhoInTheNorthAndKhuPhoInTheSouth() {
        assertThat(names("01", "Phường", 5)).last().isEqualTo("Tổ dân phố 5");
        assertThat(names("79", "Phường", 3)).last().isEqualTo("Khu phố 3");
    }

    @Test
    void specialZonesHaveKhu() {
        assertThat(names("79", "Đặc khu", 4)).last().isEqualTo("Khu 4");
        assertThat(names("22", "Đặc khu", 1)).containsExactly("Khu 1");
    }

    @Test
    void mountainCommunesMixBanWithThonAndNeverRepeatAName() {
        List<ResidentialAreaNaming.AreaName> areas = ResidentialAreaNaming.names("11", "Xã", 35, new Random(1));
        assertThat(areas).extracting(ResidentialAreaNaming.AreaName::type).contains("Bản", "Thôn");
        assertThat(areas).filteredOn(a -> a.type().equals("Bản")).allMatch(a -> a.name()
                .matches("Bản \\p{L}+ \\p{L}+"));
        assertThat(areas).extracting(ResidentialAreaNaming.AreaName::name).doesNotHaveDuplicates();
        assertThat(areas)
                .filteredOn(a -> a.type().equals("Thôn"))
                .first()
                .extracting(ResidentialAreaNaming.AreaName::name)
                .isEqualTo("Thôn 1");
    }

    @Test
    void sameSeedGivesSameNames() {
        assertThat(ResidentialAreaNaming.names("12", "Xã", 30, new Random(42)))
                .isEqualTo(ResidentialAreaNaming.names("12", "Xã", 30, new Random(42)));
        assertThat(VietnameseNames.fullName(new Random(7), Gender.NU, false))
                .isEqualTo(VietnameseNames.fullName(new Random(7), Gender.NU, false));
    }

    @Test
    void fullNamesHaveFamilyMiddleAndGivenNameAndNguyenIsTheMostCommon() {
        Random random = new Random(3);
        int nguyen = 0;
        for (int i = 0; i < 1000; i++) {
            String name = VietnameseNames.fullName(random, i % 2 == 0 ? Gender.NAM : Gender.NU, false);
            String[] parts = name.split(" ");
            assertThat(parts).hasSize(3);
            assertThat(parts[2]).as(name).isNotEqualTo(parts[1]);
            if (name.startsWith("Nguyễn ")) {
                nguyen++;
            }
        }
        assertThat(nguyen).isBetween(300, 480);
        assertThat(VietnameseNames.fullName(new Random(5), Gender.NU, false).split(" ")[1])
                .isIn("Thị", "Thu", "Ngọc", "Thanh", "Hồng", "Minh", "Kim", "Phương", "Thúy", "Bích");
    }

    private static List<String> names(String province, String communeType, int count) {
        return ResidentialAreaNaming.names(province, communeType, count, new Random(0)).stream()
                .map(ResidentialAreaNaming.AreaName::name)
                .toList();
    }
}
