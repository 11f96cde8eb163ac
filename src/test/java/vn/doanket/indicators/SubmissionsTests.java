package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.doanket.IntegrationTest;

/** Cao Bằng (province 04) and its communes; each test uses its own commune. */
@IntegrationTest
@RecordApplicationEvents
class SubmissionsTests {

    static final String FORM = "BC_QUY_XA";
    static final String PROVINCE = "04";

    @Autowired
    Submissions submissions;

    @Autowired
    DataEntry entry;

    @Autowired
    PeriodCalendar calendar;

    @Autowired
    ApplicationEvents events;

    @Autowired
    vn.doanket.organization.OrgUnits units;

    String lastQuarter() {
        return calendar.current(PeriodType.QUARTERLY).orElseThrow().previous().id();
    }

    @Test
    void approvedFormLocksItsValuesAndAReturnUnlocksThem() {
        String q = lastQuarter();
        entry.save(DataValueInput.typed("BLOOD_UNITS", "01273", q, null, "54", 0));
        submissions.submit(FORM, "01273", q);
        Submission approved = submissions.approve(FORM, "01273", q, PROVINCE);
        assertThat(approved.status()).isEqualTo(SubmissionStatus.APPROVED);
        assertThat(approved.decidedByUnitId()).isNotNull();

        assertThatThrownBy(() -> entry.save(DataValueInput.typed("BLOOD_UNITS", "01273", q, null, "55", 1)))
                .isInstanceOfSatisfying(
                        PeriodClosedException.class, e -> assertThat(e.code()).isEqualTo("ind.period-locked"))
                .hasMessageContaining("đã được duyệt")
                .hasMessageContaining("trả lại");
        assertThat(entry.find("BLOOD_UNITS", "01273", q, null).orElseThrow().number())
                .isEqualByComparingTo("54");

        Submission returned =
                submissions.returnForCorrection(FORM, "01273", q, PROVINCE, "Số đơn vị máu chưa khớp với danh sách");
        assertThat(returned.status()).isEqualTo(SubmissionStatus.RETURNED);
        assertThat(returned.decisionComment()).isEqualTo("Số đơn vị máu chưa khớp với danh sách");
        assertThat(entry.save(DataValueInput.typed("BLOOD_UNITS", "01273", q, null, "55", 1))
                        .changed())
                .isTrue();
        assertThat(submissions.submit(FORM, "01273", q).status()).isEqualTo(SubmissionStatus.SUBMITTED);
        assertThat(events.stream(FormSubmitted.class)).hasSize(2);
        assertThat(events.stream(FormApproved.class)).hasSize(1);
        assertThat(events.stream(FormReturned.class)).hasSize(1);
    }

    @Test
    void indicatorsOutsideTheApprovedFormStayOpen() {
        String q = lastQuarter();
        submissions.submit(FORM, "01279", q);
        submissions.approve(FORM, "01279", q, PROVINCE);
        // Satisfaction is collected yearly by another form, so it is not locked by the quarterly approval.
        String year = calendar.current(PeriodType.YEARLY).orElseThrow().id();
        assertThat(entry.save(DataValueInput.typed("SATISFACTION_SHARE", "01279", year, null, "91", 0))
                        .changed())
                .isTrue();
    }

    @Test
    void onlyAUnitAboveMayApproveOrReturn() {
        String q = lastQuarter();
        submissions.submit(FORM, "01288", q);
        assertThatThrownBy(() -> submissions.approve(FORM, "01288", q, "01288"))
                .isInstanceOfSatisfying(ReportingRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("ind.submission-not-above");
                    assertThat(e.status()).isEqualTo(403);
                });
        assertThatThrownBy(() -> submissions.approve(FORM, "01288", q, "08"))
                .hasMessageContaining("không phải là cấp trên của Phường Tân Giang");
        assertThat(submissions.approve(FORM, "01288", q, "VN").status()).isEqualTo(SubmissionStatus.APPROVED);
    }

    @Test
    void returnNeedsAComment() {
        String q = lastQuarter();
        submissions.submit(FORM, "01290", q);
        assertThatThrownBy(() -> submissions.returnForCorrection(FORM, "01290", q, PROVINCE, " "))
                .isInstanceOfSatisfying(ReportingRuleException.class, e -> assertThat(e.code())
                        .isEqualTo("ind.submission-comment-required"));
    }

    @Test
    void formCannotBeSubmittedTwiceOrApprovedBeforeSubmission() {
        String q = lastQuarter();
        assertThatThrownBy(() -> submissions.approve(FORM, "01294", q, PROVINCE))
                .hasMessageContaining("chưa được gửi");
        submissions.submit(FORM, "01294", q);
        assertThatThrownBy(() -> submissions.submit(FORM, "01294", q))
                .isInstanceOfSatisfying(ReportingRuleException.class, e -> assertThat(e.code())
                        .isEqualTo("ind.submission-already-submitted"));
    }

    /** Two leaders on one approvals page: the second click is told who decided first, and when. */
    @Test
    void aDecisionComingTooLateSaysWhoDecidedFirstAndWhen() {
        String q = lastQuarter();
        String commune = "01336";
        submissions.find(FORM, commune, q).ifPresent(s -> {
            if (s.status() != SubmissionStatus.RETURNED) {
                submissions.returnForCorrection(FORM, commune, q, PROVINCE, "lượt chạy trước");
            }
        });
        submissions.submit(FORM, commune, q);
        Submission approved = submissions.approve(FORM, commune, q, PROVINCE);
        assertThatThrownBy(() -> submissions.approve(FORM, commune, q, PROVINCE))
                .isInstanceOfSatisfying(ReportingRuleException.class, e -> {
                    assertThat(e.code()).isEqualTo("ind.submission-decided-approved");
                    assertThat(e.status()).isEqualTo(409);
                })
                .hasMessageContaining(
                        "đã được " + approved.decidedBy() + " duyệt lúc " + TimeFormat.vietnamese(approved.decidedAt()))
                .hasMessageContaining("Hãy tải lại trang");

        submissions.returnForCorrection(FORM, commune, q, PROVINCE, "Thiếu số liệu hiến máu");
        assertThatThrownBy(() -> submissions.approve(FORM, commune, q, PROVINCE))
                .isInstanceOfSatisfying(ReportingRuleException.class, e -> assertThat(e.code())
                        .isEqualTo("ind.submission-decided-returned"))
                .hasMessageContaining("trả lại lúc")
                .hasMessageContaining("chờ đơn vị gửi lại");
        assertThatThrownBy(() -> submissions.returnForCorrection(FORM, commune, q, PROVINCE, "lần nữa"))
                .isInstanceOfSatisfying(ReportingRuleException.class, e -> assertThat(e.code())
                        .isEqualTo("ind.submission-decided-returned"));
    }

    @Test
    void quarterlyFormIsNotSubmittedForAYearNorByAProvince() {
        assertThatThrownBy(() -> submissions.submit(FORM, "01294", "2025")).hasMessageContaining("theo kỳ Quý");
        assertThatThrownBy(() -> submissions.submit(FORM, PROVINCE, lastQuarter()))
                .isInstanceOfSatisfying(
                        ReportingRuleException.class, e -> assertThat(e.code()).isEqualTo("ind.form-not-assigned"));
    }

    @Test
    void completenessCountsWhoReportedOnTimeAndListsWhoIsMissing() {
        String current = calendar.current(PeriodType.QUARTERLY).orElseThrow().id();
        submissions.submit(FORM, "01273", current);
        submissions.submit(FORM, "01279", current);
        submissions.approve(FORM, "01279", current, PROVINCE);

        Completeness c = submissions.completeness(FORM, PROVINCE, current);
        assertThat(c.expected()).isEqualTo(56);
        assertThat(c.submitted()).isEqualTo(2);
        assertThat(c.onTime()).isEqualTo(2);
        assertThat(c.approved()).isEqualTo(1);
        assertThat(c.missing())
                .hasSize(54)
                .extracting(UnitCompleteness::unitCode)
                .doesNotContain("01273", "01279");
        assertThat(c.completenessPercent()).isEqualByComparingTo("3.6");
        assertThat(c.deadline()).isEqualTo(calendar.deadline(Period.parse(current), 5));
    }

    @Test
    void submissionAfterTheDeadlineIsLate() {
        // a quarter a year back: its deadline has long passed
        String old = calendar.current(PeriodType.QUARTERLY)
                .orElseThrow()
                .sameLastYear()
                .id();
        Submission s = submissions.submit(FORM, "01290", old);
        assertThat(s.onTime()).isFalse();
        Completeness c = submissions.completeness(FORM, "01290", old);
        assertThat(c.expected()).isEqualTo(1);
        assertThat(c.submitted()).isEqualTo(1);
        assertThat(c.onTime()).isZero();
    }

    @Test
    void historicCommunesAreExpectedForPeriodsBeforeTheReform() {
        Completeness c = submissions.completeness("BC_QUY_XA", "01", "2024Q4");
        // Hà Nội had 579 communes, wards and townships in 2024 (before the July 2025 reform)
        assertThat(c.expected()).isGreaterThan(500);
        assertThat(c.units()).extracting(UnitCompleteness::unitCode).contains("00001");
    }

    @Test
    void completenessCountsEachBranchOfTheTree() {
        // seen from the nation, the communes' quarterly form is counted by province
        String q = lastQuarter();
        Completeness before = submissions.completeness(FORM, "VN", q);
        assertThat(before.branches()).hasSizeGreaterThanOrEqualTo(34).noneMatch(CompletenessBranch::self);
        UnitCompleteness commune = before.units().stream()
                .filter(u -> PROVINCE.equals(u.branch()) && u.status() == SubmissionStatus.NOT_SUBMITTED)
                .reduce((first, second) -> second) // the last: the other tests take Cao Bằng's first communes
                .orElseThrow();
        submissions.submit(FORM, commune.unitCode(), q);

        Completeness c = submissions.completeness(FORM, "VN", q);
        assertThat(c.branches().stream().mapToInt(CompletenessBranch::expected).sum())
                .isEqualTo(c.expected());
        assertThat(c.branches().stream().mapToInt(CompletenessBranch::submitted).sum())
                .isEqualTo(c.submitted())
                .isEqualTo(before.submitted() + 1);
        assertThat(c.branches().stream().mapToInt(CompletenessBranch::onTime).sum())
                .isEqualTo(c.onTime());
        assertThat(c.branches().stream().mapToInt(CompletenessBranch::approved).sum())
                .isEqualTo(c.approved());
        for (CompletenessBranch b : c.branches()) {
            assertThat(c.units())
                    .filteredOn(u -> b.unitCode().equals(u.branch()))
                    .hasSize(b.expected());
            assertThat(b.unitName()).isEqualTo(units.get(b.unitCode()).fullName());
        }
        java.util.function.Function<Completeness, CompletenessBranch> caoBang = x -> x.branches().stream()
                .filter(b -> b.unitCode().equals(PROVINCE))
                .findFirst()
                .orElseThrow();
        assertThat(caoBang.apply(c).submitted()).isEqualTo(caoBang.apply(before).submitted() + 1);
        assertThat(caoBang.apply(c).missing()).isEqualTo(caoBang.apply(before).missing() - 1);
        assertThat(caoBang.apply(c).expected())
                .isEqualTo(submissions.completeness(FORM, PROVINCE, q).expected());

        // a unit that fills the form itself is its own branch
        Completeness own = submissions.completeness(FORM, "01290", lastQuarter());
        assertThat(own.branches()).singleElement().satisfies(b -> {
            assertThat(b.self()).isTrue();
            assertThat(b.unitCode()).isEqualTo("01290");
            assertThat(b.expected()).isEqualTo(1);
        });
        assertThat(own.units()).singleElement().satisfies(u -> assertThat(u.branch())
                .isNull());
    }
}
