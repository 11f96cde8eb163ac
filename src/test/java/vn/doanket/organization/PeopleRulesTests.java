package vn.doanket.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNoException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import vn.doanket.organization.PeopleCommands.NewPerson;

class PeopleRulesTests {

    static final Term TERM = new Term(2024, 2029);

    @Test
    void termCoversFirstJanuaryOfItsFirstYearToLastDecemberOfItsLast() {
        assertThat(TERM.covers(LocalDate.of(2024, 1, 1))).isTrue();
        assertThat(TERM.covers(LocalDate.of(2029, 12, 31))).isTrue();
        assertThat(TERM.covers(LocalDate.of(2023, 12, 31))).isFalse();
        assertThat(TERM.covers(LocalDate.of(2030, 1, 1))).isFalse();
        assertThat(TERM.label()).isEqualTo("2024–2029");
    }

    @Test
    void refusesATermThatEndsBeforeItStarts() {
        assertThatThrownBy(() -> new Term(2029, 2024))
                .isInstanceOf(PositionRuleException.InvalidTerm.class)
                .hasMessageContaining("2029–2024");
    }

    @Test
    void acceptsDatesInsideTheTermAndAnOpenEnd() {
        assertThatNoException().isThrownBy(() -> PeopleRules.checkDates(TERM, LocalDate.of(2025, 7, 1), null));
        assertThatNoException()
                .isThrownBy(() -> PeopleRules.checkDates(TERM, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 1)));
    }

    @Test
    void refusesAnEndBeforeTheStart() {
        assertThatThrownBy(() -> PeopleRules.checkDates(TERM, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 30)))
                .isInstanceOfSatisfying(PositionRuleException.EndsBeforeStart.class, e -> assertThat(e.code())
                        .isEqualTo("org.position-ends-before-start"))
                .hasMessage("Ngày kết thúc 30/06/2025 trước ngày bắt đầu 01/07/2025; "
                        + "hãy chọn ngày kết thúc từ ngày bắt đầu trở đi.");
    }

    @Test
    void refusesAnEndAfterTheTerm() {
        assertThatThrownBy(() -> PeopleRules.checkDates(TERM, LocalDate.of(2025, 7, 1), LocalDate.of(2030, 1, 1)))
                .isInstanceOfSatisfying(PositionRuleException.OutsideTerm.class, e -> assertThat(e.code())
                        .isEqualTo("org.position-outside-term"))
                .hasMessageContaining("01/01/2030")
                .hasMessageContaining("2024–2029 (01/01/2024 – 31/12/2029)");
    }

    @Test
    void keepsMarkupInANameAsTypedAndTrimsIt() {
        NewPerson p = PeopleRules.checked(
                new NewPerson("00004", "  <b>Nguyễn Thị Hoa</b> ", Gender.NU, 1980, " ", "hoa@mttq.vn"));
        assertThat(p.fullName()).isEqualTo("<b>Nguyễn Thị Hoa</b>");
        assertThat(p.phone()).isNull();
        assertThat(p.email()).isEqualTo("hoa@mttq.vn");
    }

    @Test
    void refusesBlankOrOverlongNamesAndMalformedContacts() {
        assertThatThrownBy(() -> PeopleRules.checked(person(" ", null, null)))
                .hasMessageContaining("không được để trống");
        assertThat(PeopleRules.checked(person("Đ".repeat(120), null, null)).fullName())
                .hasSize(120);
        assertThatThrownBy(() -> PeopleRules.checked(person("Đ".repeat(121), null, null)))
                .isInstanceOfSatisfying(PositionRuleException.InvalidPerson.class, e -> assertThat(e.code())
                        .isEqualTo("org.person-invalid"))
                .hasMessage("Thông tin người không hợp lệ, trường \"Họ và tên\": dài 121 ký tự, tối đa 120.");
        assertThatThrownBy(() -> PeopleRules.checked(person("An", "abc'; drop table", null)))
                .hasMessageContaining("Điện thoại");
        assertThatThrownBy(() -> PeopleRules.checked(person("An", null, "not-an-email")))
                .hasMessageContaining("Email");
        assertThat(PeopleRules.checked(person("An", "0912 345 678", null)).phone())
                .isEqualTo("0912 345 678");
    }

    @Test
    void refusesAPersonWithoutAUnitToKeepTheirRecord() {
        assertThatThrownBy(() -> PeopleRules.checked(new NewPerson(" ", "An", null, null, null, null)))
                .isInstanceOf(PositionRuleException.InvalidPerson.class)
                .hasMessageContaining("Đơn vị");
    }

    @Test
    void ranksChuTichFirstAndPhoTruongBanLast() {
        assertThat(PositionTitle.CHU_TICH.rank()).isEqualTo(1);
        assertThat(PositionTitle.values())
                .extracting(PositionTitle::label)
                .startsWith("Chủ tịch", "Phó Chủ tịch Thường trực");
        assertThat(PositionTitle.PHO_TRUONG_BAN_CTMT.label()).isEqualTo("Phó Trưởng ban Công tác Mặt trận");
    }

    private static NewPerson person(String name, String phone, String email) {
        return new NewPerson("00004", name, Gender.NAM, 1970, phone, email);
    }
}
