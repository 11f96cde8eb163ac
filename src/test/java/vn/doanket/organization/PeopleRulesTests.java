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

    @Test
    void aRefusalAnswersAnEnglishReaderInEnglishWithTheSameValues() {
        var ended = new PositionRuleException.EndsBeforeStart(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 6, 30));
        assertThat(ended.message(java.util.Locale.ENGLISH))
                .isEqualTo("The end date 30/06/2025 is before the start date 01/07/2025; choose an end date on or"
                        + " after the start date.");
        assertThat(ended.message(java.util.Locale.forLanguageTag("vi"))).isEqualTo(ended.getMessage());
        assertThatThrownBy(() -> PeopleRules.checked(new NewPerson("00004", " ", Gender.NU, 1980, null, null)))
                .isInstanceOfSatisfying(
                        PositionRuleException.InvalidPerson.class, e -> assertThat(e.message(java.util.Locale.ENGLISH))
                                .isEqualTo("Invalid person details, field \"Full name\": it must not be empty."))
                .hasMessage("Thông tin người không hợp lệ, trường \"Họ và tên\": không được để trống.");
        // a position's title and an open end are told in the reader's language too
        Unit unit = new Unit(
                1,
                "00004",
                "Phúc Xá",
                "Phường Phúc Xá",
                null,
                null,
                null,
                null,
                null,
                null,
                3,
                LocalDate.of(2025, 7, 1),
                null);
        PositionView chair = new PositionView(
                7,
                8,
                "Nguyễn Thị Hoa",
                "00004",
                "Phúc Xá",
                PositionTitle.CHU_TICH,
                TERM,
                LocalDate.of(2025, 7, 1),
                null);
        var taken = new PositionRuleException.SingleHolderTaken(unit, chair);
        assertThat(taken.getMessage())
                .isEqualTo("Phường Phúc Xá đã có Chủ tịch Nguyễn Thị Hoa từ 01/07/2025 đến nay; một đơn vị chỉ có một"
                        + " Chủ tịch tại một thời điểm, hãy kết thúc chức vụ đó trước.");
        assertThat(taken.message(java.util.Locale.ENGLISH))
                .isEqualTo("Phường Phúc Xá already has a Chair, Nguyễn Thị Hoa, from 01/07/2025 to present; a unit"
                        + " has only one Chair at a time, so end that position first.");
    }
}
