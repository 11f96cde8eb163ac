package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import vn.doanket.IntegrationTest;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.organization.UnitKind;

@IntegrationTest
class ReportFormsTests {

    @Autowired
    ReportForms forms;

    @Autowired
    OrgUnits units;

    @Test
    void seededFormsCoverTheQuarterlyAndAnnualReports() {
        assertThat(forms.all()).extracting(ReportForm::code).contains("BC_QUY_XA", "BC_NAM_XA", "BC_NAM_KDC");
        ReportForm quarterly = forms.get("bc_quy_xa");
        assertThat(quarterly.periodType()).isEqualTo(PeriodType.QUARTERLY);
        assertThat(quarterly.levels()).containsExactly(UnitKind.COMMUNE);
        assertThat(quarterly.deadlineDays()).isEqualTo(5);
        assertThat(forms.indicators(quarterly))
                .extracting(Indicator::code)
                .startsWith("SUPERVISIONS", "CRITICISM_CONFERENCES")
                .contains("BLOOD_UNITS", "VOTER_OPINIONS");
        assertThat(forms.get("BC_NAM_KDC").levels()).containsExactly(UnitKind.RESIDENTIAL_AREA);
    }

    @Test
    void communesOfAProvinceAreExpectedToFillTheCommuneForm() {
        ReportForm quarterly = forms.get("BC_QUY_XA");
        assertThat(forms.expectedUnits(quarterly, units.get("19"), Period.parse("2025Q4")))
                .isNotEmpty()
                .allSatisfy(u -> assertThat(u.kind()).isEqualTo(UnitKind.COMMUNE))
                .allSatisfy(u -> assertThat(u.parentCode()).isEqualTo("19"));
    }

    @Test
    void setBasedExpectedUnitsMatchTheOldWalkOfTheTreeOnSubtrees() {
        record Case(String form, String root, String period) {}
        for (Case c : java.util.List.of(
                new Case("BC_QUY_XA", "01", "2024Q4"),
                new Case("BC_QUY_XA", "01", "2025Q4"),
                new Case("BC_QUY_XA", "19", "2025Q4"),
                new Case("BC_NAM_XA", "VN", "2025"),
                new Case("BC_NAM_KDC", "19", "2025"),
                new Case("BC_NAM_KDC", "12", "2025"))) {
            ReportForm form = forms.get(c.form());
            Period period = Period.parse(c.period());
            Unit root = units.get(c.root(), period.end());
            java.util.List<Unit> walked = new java.util.ArrayList<>();
            walk(form, root, period.end(), walked);
            java.util.List<Unit> assigned =
                    walked.stream().filter(u -> forms.isAssigned(form, u)).toList();
            assertThat(forms.expectedUnits(form, root, period)).as(c.toString()).isEqualTo(assigned);
        }
        Period before = Period.parse("2024Q4");
        assertThat(forms.expectedUnits(forms.get("BC_QUY_XA"), units.get("01", before.end()), before))
                .hasSizeGreaterThan(500);
    }

    /** The tree walk completeness used before it became one query: the reference for its results. */
    private void walk(ReportForm form, Unit unit, java.time.LocalDate day, java.util.List<Unit> found) {
        if (form.levels().contains(unit.kind())) {
            found.add(unit);
        }
        boolean below =
                form.levels().stream().anyMatch(k -> k.ordinal() > unit.kind().ordinal());
        if (!below || unit.kind() == UnitKind.RESIDENTIAL_AREA || unit.kind() == UnitKind.MEMBER_ORG) {
            return;
        }
        for (Unit child : units.children(unit, day)) {
            if (child.kind() != UnitKind.MEMBER_ORG || form.levels().contains(UnitKind.MEMBER_ORG)) {
                walk(form, child, day, found);
            }
        }
    }

    @Test
    void formIsAssignedOnlyToTheLevelsThatFillIt() {
        assertThatThrownBy(() -> forms.assign("BC_QUY_XA", UnitKind.PROVINCE, "19"))
                .isInstanceOfSatisfying(
                        ReportingRuleException.class, e -> assertThat(e.code()).isEqualTo("ind.form-level-mismatch"))
                .hasMessageContaining("cấp tỉnh");
    }

    @Test
    void assigningWithinASubtreeIsRecordedOnceAndKeepsOtherUnitsAssigned() {
        FormAssignment a = forms.assign("BC_NAM_KDC", UnitKind.RESIDENTIAL_AREA, "19");
        assertThat(forms.assign("BC_NAM_KDC", UnitKind.RESIDENTIAL_AREA, "19")).isEqualTo(a);
        assertThat(a.rootUnitId()).isEqualTo(units.get("19").id());
        assertThat(forms.assignments(forms.get("BC_NAM_KDC")))
                .extracting(FormAssignment::rootUnitId)
                .containsExactlyInAnyOrder(null, a.rootUnitId());
    }

    @Test
    void unknownFormIsNotFound() {
        assertThatThrownBy(() -> forms.get("BC_KHONG_CO")).isInstanceOf(FormNotFoundException.class);
    }
}
