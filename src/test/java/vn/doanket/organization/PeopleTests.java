package vn.doanket.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.IntegrationTest;
import vn.doanket.organization.PeopleCommands.Appoint;
import vn.doanket.organization.PeopleCommands.EndPosition;
import vn.doanket.organization.PeopleCommands.NewPerson;
import vn.doanket.platform.audit.AuditAction;
import vn.doanket.platform.audit.AuditEntry;
import vn.doanket.platform.audit.AuditTrail;

/**
 * Uses the historic Phường Phúc Xá (00001, 2024 – 30/06/2025), which demo data never touches, and a
 * 2021–2026 term. Each test rolls back.
 */
@IntegrationTest
@Transactional
class PeopleTests {

    static final String PHUC_XA = "00001";
    static final Term TERM = new Term(2021, 2026);
    static final LocalDate FROM = LocalDate.of(2024, 1, 15);

    @Autowired
    People people;

    @Autowired
    OrgUnits units;

    @Autowired
    AuditTrail audit;

    @Test
    void storesHtmlInANameAsPlainText() {
        PersonView p = register("<script>alert('x')</script> Nguyễn Văn An");
        assertThat(people.person(p.id()).fullName()).isEqualTo("<script>alert('x')</script> Nguyễn Văn An");
    }

    @Test
    void refusesANameLongerThan120Characters() {
        assertThatThrownBy(() -> register("A".repeat(121)))
                .isInstanceOf(PositionRuleException.InvalidPerson.class)
                .hasMessageContaining("Họ và tên")
                .hasMessageContaining("tối đa 120");
    }

    @Test
    void listsLeadershipInRankOrder() {
        appoint(register("Trần Thị Bình"), PositionTitle.UY_VIEN, FROM, null);
        appoint(register("Lê Văn Cường"), PositionTitle.PHO_CHU_TICH, FROM, null);
        appoint(register("Phạm Văn Dũng"), PositionTitle.CHU_TICH, FROM, null);
        appoint(register("Hoàng Thị Em"), PositionTitle.PHO_CHU_TICH_THUONG_TRUC, FROM, null);
        appoint(register("Vũ Văn Giang"), PositionTitle.UY_VIEN_BAN_THUONG_TRUC, FROM, LocalDate.of(2024, 2, 1));

        assertThat(people.leadership(PHUC_XA, LocalDate.of(2024, 6, 1)))
                .extracting(p -> p.title().label() + " " + p.personName())
                .containsExactly(
                        "Chủ tịch Phạm Văn Dũng",
                        "Phó Chủ tịch Thường trực Hoàng Thị Em",
                        "Phó Chủ tịch Lê Văn Cường",
                        "Ủy viên Trần Thị Bình");
    }

    @Test
    void refusesASecondChuTichWhoseDatesOverlap() {
        appoint(register("Phạm Văn Dũng"), PositionTitle.CHU_TICH, FROM, null);
        PersonView second = register("Ngô Thị Hạnh");

        assertThatThrownBy(() -> appoint(second, PositionTitle.CHU_TICH, LocalDate.of(2024, 9, 1), null))
                .isInstanceOfSatisfying(PositionRuleException.SingleHolderTaken.class, e -> assertThat(e.code())
                        .isEqualTo("org.position-chair-taken"))
                .hasMessage("Phường Phúc Xá đã có Chủ tịch Phạm Văn Dũng từ 15/01/2024 đến nay; một đơn vị chỉ có "
                        + "một Chủ tịch tại một thời điểm, hãy kết thúc chức vụ đó trước.");
    }

    @Test
    void appointsANewChuTichOnceThePreviousOneHasEnded() {
        PositionView first = appoint(register("Phạm Văn Dũng"), PositionTitle.CHU_TICH, FROM, null);
        people.end(new EndPosition(first.id(), LocalDate.of(2024, 8, 31)));
        appoint(register("Ngô Thị Hạnh"), PositionTitle.CHU_TICH, LocalDate.of(2024, 9, 1), null);

        assertThat(people.leadership(PHUC_XA, LocalDate.of(2024, 8, 31)))
                .extracting(PositionView::personName)
                .containsExactly("Phạm Văn Dũng");
        assertThat(people.leadership(PHUC_XA, LocalDate.of(2024, 9, 1)))
                .extracting(PositionView::personName)
                .containsExactly("Ngô Thị Hạnh");
    }

    @Test
    void refusesDatesOutsideTheTermOrEndingBeforeTheStart() {
        PersonView p = register("Đỗ Văn Khoa");
        assertThatThrownBy(() -> people.appoint(new Appoint(
                        p.id(),
                        PHUC_XA,
                        PositionTitle.UY_VIEN,
                        new Term(2024, 2029),
                        LocalDate.of(2023, 12, 31),
                        null)))
                .isInstanceOf(PositionRuleException.OutsideTerm.class)
                .hasMessageContaining("31/12/2023")
                .hasMessageContaining("2024–2029");
        assertThatThrownBy(() -> appoint(p, PositionTitle.UY_VIEN, FROM, FROM.minusDays(1)))
                .isInstanceOf(PositionRuleException.EndsBeforeStart.class);
        assertThatThrownBy(() -> appoint(p, PositionTitle.UY_VIEN, FROM, LocalDate.of(2025, 7, 1)))
                .isInstanceOf(PositionRuleException.OutsideUnitLifetime.class)
                .hasMessageContaining("Phường Phúc Xá");
    }

    @Test
    void everyChangeIsAuditedWithBeforeAndAfter() {
        PositionView position = appoint(register("Bùi Thị Lan"), PositionTitle.UY_VIEN, FROM, null);
        people.end(new EndPosition(position.id(), LocalDate.of(2024, 12, 31)));

        Unit phucXa = units.get(PHUC_XA, FROM);
        // other modules' tests write in the same unit too: look at this module's newest entries only
        var ours = audit.find(new AuditTrail.AuditQuery(phucXa.treePath(), null, null, null, 50, 0)).stream()
                .filter(e -> e.entity().startsWith("org_"))
                .toList();
        assertThat(ours.subList(0, 3))
                .extracting(AuditEntry::entity, AuditEntry::action)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("org_position", AuditAction.UPDATE),
                        org.assertj.core.groups.Tuple.tuple("org_position", AuditAction.CREATE),
                        org.assertj.core.groups.Tuple.tuple("org_person", AuditAction.CREATE));
        AuditEntry ended = ours.get(0);
        assertThat(ended.before()).contains("\"endsOn\": null");
        assertThat(ended.after()).contains("\"endsOn\": \"2024-12-31\"");
    }

    private PersonView register(String name) {
        return people.register(new NewPerson(PHUC_XA, name, Gender.NAM, 1975, null, null));
    }

    private PositionView appoint(PersonView p, PositionTitle title, LocalDate from, LocalDate to) {
        return people.appoint(new Appoint(p.id(), PHUC_XA, title, TERM, from, to));
    }
}
