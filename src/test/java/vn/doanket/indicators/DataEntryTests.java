package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import vn.doanket.IntegrationTest;
import vn.doanket.platform.DomainException;

/** Each test uses its own Hưng Yên commune (no other test class touches the province), so no clean-up is needed. */
@IntegrationTest
@RecordApplicationEvents
class DataEntryTests {

    @Autowired
    DataEntry entry;

    @Autowired
    PeriodCalendar calendar;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    ApplicationEvents events;

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    static void signIn(String user) {
        SecurityContextHolder.getContext().setAuthentication(new TestingAuthenticationToken(user, null, "ROLE_USER"));
    }

    long stored(String unit) {
        return jdbc.sql(
                        """
                        select count(*) from ind_data_value v join org_unit u on u.id = v.unit_id
                        where u.code = :c and u.valid_to is null""")
                .param("c", unit)
                .query(Long.class)
                .single();
    }

    static String rowErrors(DomainException e) {
        return ((DataImportRejectedException) e).errors().toString();
    }

    @Test
    void savedValueIsReadBackAuditedAndAnnounced() {
        signIn("lan.nguyen");
        SaveOutcome out = entry.save(DataValueInput.typed("BLOOD_UNITS", "11953", "2025Q3", null, "54", 0));

        assertThat(out.changed()).isTrue();
        assertThat(out.value().number()).isEqualByComparingTo("54");
        assertThat(out.value().version()).isEqualTo(1);
        assertThat(out.value().updatedBy()).isEqualTo("lan.nguyen");
        assertThat(entry.find("BLOOD_UNITS", "11953", "2025Q3", null))
                .hasValueSatisfying(v -> assertThat(v.display()).isEqualTo("54"));
        assertThat(announced().filter(e -> e.dataValueId() == out.value().id()))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.indicatorCode()).isEqualTo("BLOOD_UNITS");
                    assertThat(e.periodId()).isEqualTo("2025Q3");
                    assertThat(e.previousNumber()).isNull();
                    assertThat(e.number()).isEqualByComparingTo("54");
                    assertThat(e.unitTreePath()).endsWith("/" + e.unitId() + "/");
                    assertThat(e.savedBy()).isEqualTo("lan.nguyen");
                });
        assertThat(jdbc.sql(
                                "select actor, action, summary from audit_entry where entity = 'ind_data_value' and entity_id = :id")
                        .param("id", Long.toString(out.value().id()))
                        .query((rs, n) -> rs.getString(1) + "|" + rs.getString(2) + "|" + rs.getString(3))
                        .single())
                .startsWith("lan.nguyen|CREATE|Nhập \"Số đơn vị máu hiến được\" của Phường Phố Hiến, Quý III/2025: 54");
    }

    @Test
    void textInANumberFieldIsRefusedAndNothingIsStored() {
        assertThatThrownBy(() -> entry.save(DataValueInput.typed("BLOOD_UNITS", "11977", "2025Q3", null, "năm tư", 0)))
                .isInstanceOf(InvalidValueException.class)
                .hasMessageContaining("không phải là số");
        assertThatThrownBy(() -> entry.save(DataValueInput.typed("ENLISTMENT", "11977", "2025Q3", null, "-2", 0)))
                .hasMessageContaining("không thể âm");
        assertThat(stored("11977")).isZero();
        assertThat(announced()).isEmpty();
    }

    @Test
    void staleSaveIsRefusedAndTellsWhoChangedItAndTheCurrentValue() {
        signIn("lan.nguyen");
        entry.save(DataValueInput.typed("ENLISTMENT", "11980", "2025Q3", null, "12", 0));
        signIn("hung.tran");
        entry.save(DataValueInput.typed("ENLISTMENT", "11980", "2025Q3", null, "15", 1));
        signIn("lan.nguyen");

        assertThatThrownBy(() -> entry.save(DataValueInput.typed("ENLISTMENT", "11980", "2025Q3", null, "13", 1)))
                .isInstanceOfSatisfying(StaleValueException.class, e -> {
                    assertThat(e.code()).isEqualTo("ind.value-changed-by-someone-else");
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.current().number()).isEqualByComparingTo("15");
                    assertThat(e.current().version()).isEqualTo(2);
                })
                .hasMessageContaining("hung.tran")
                .hasMessageContaining("giá trị hiện tại là 15")
                .hasMessageContaining("(13) chưa được lưu");
        assertThat(entry.find("ENLISTMENT", "11980", "2025Q3", null)
                        .orElseThrow()
                        .number())
                .isEqualByComparingTo("15");
    }

    @Test
    void twoFirstSavesOfTheSameEmptyFieldCannotBothWin() {
        entry.save(DataValueInput.typed("DEATHS", "11983", "2025Q3", null, "17", 0));
        assertThatThrownBy(() -> entry.save(DataValueInput.typed("DEATHS", "11983", "2025Q3", null, "18", 0)))
                .isInstanceOf(StaleValueException.class)
                .hasMessageContaining("giá trị hiện tại là 17");
    }

    @Test
    void savingTheSameValueAgainChangesNothing() {
        SaveOutcome first = entry.save(DataValueInput.typed("CREMATIONS", "11992", "2025Q3", null, "9", 0));
        SaveOutcome again = entry.save(DataValueInput.typed("CREMATIONS", "11992", "2025Q3", null, "9", 1));
        assertThat(again.changed()).isFalse();
        assertThat(again.value().version()).isEqualTo(first.value().version());
    }

    @Test
    void blankValueRemovesItAndAnnouncesTheRemoval() {
        entry.save(DataValueInput.typed("CREMATIONS", "11995", "2025Q3", null, "9", 0));
        SaveOutcome out = entry.save(DataValueInput.typed("CREMATIONS", "11995", "2025Q3", null, "", 1));
        assertThat(out.value()).isNull();
        assertThat(entry.find("CREMATIONS", "11995", "2025Q3", null)).isEmpty();
        assertThat(announced().filter(DataValueSaved::removed))
                .singleElement()
                .satisfies(e -> assertThat(e.previousNumber()).isEqualByComparingTo("9"));
    }

    @Test
    void commentIsKeptWhenOnlyTheValueChanges() {
        entry.save(DataValueInput.typed("BLOOD_REGISTERED", "12004", "2025Q3", null, "132", 0)
                .withComment("Đợt hiến máu tháng 8"));
        SaveOutcome out = entry.save(DataValueInput.typed("BLOOD_REGISTERED", "12004", "2025Q3", null, "133", 1));
        assertThat(out.value().comment()).isEqualTo("Đợt hiến máu tháng 8");
    }

    @Test
    void periodNotYetOpenIsRefused() {
        Period future =
                calendar.current(PeriodType.QUARTERLY).orElseThrow().next().next();
        assertThatThrownBy(() -> entry.save(DataValueInput.typed("BLOOD_UNITS", "12019", future.id(), null, "5", 0)))
                .isInstanceOfSatisfying(
                        PeriodClosedException.class, e -> assertThat(e.code()).isEqualTo("ind.period-not-open"))
                .hasMessageContaining("chưa bắt đầu");
    }

    @Test
    void communeMergedAwayCannotReportForAPeriodAfterTheReform() {
        assertThat(entry.save(DataValueInput.typed("BLOOD_UNITS", "11950", "2024Q3", null, "20", 0))
                        .changed())
                .isTrue();
        assertThatThrownBy(() -> entry.save(DataValueInput.typed("BLOOD_UNITS", "11950", "2025Q4", null, "20", 0)))
                .isInstanceOfSatisfying(
                        InvalidValueException.class, e -> assertThat(e.code()).isEqualTo("ind.unit-not-in-force"))
                .hasMessageContaining("Phường Lam Sơn")
                .hasMessageContaining("30/06/2025");
    }

    @Test
    void indicatorEnteredByResidentialAreasIsRefusedForACommune() {
        assertThatThrownBy(
                        () -> entry.save(DataValueInput.typed("UNITY_FESTIVAL_HELD", "12025", "2025", null, "Có", 0)))
                .hasMessageContaining("không nhập ở Xã Phụng Công")
                .hasMessageContaining("khu dân cư");
    }

    @Test
    void brokenDownIndicatorNeedsAValidOption() {
        assertThatThrownBy(() -> entry.save(DataValueInput.typed("SUPERVISIONS", "12031", "2025Q3", null, "3", 0)))
                .hasMessageContaining("theo từng nhóm")
                .hasMessageContaining("PHU_NU (Hội Liên hiệp Phụ nữ)");
        assertThatThrownBy(() -> entry.save(DataValueInput.typed("SUPERVISIONS", "12031", "2025Q3", "XYZ", "3", 0)))
                .hasMessageContaining("Nhóm \"XYZ\" không thuộc");
        assertThat(entry.save(DataValueInput.typed("SUPERVISIONS", "12031", "2025Q3", "phu_nu", "3", 0))
                        .value()
                        .option())
                .isEqualTo("PHU_NU");
    }

    @Test
    void quarterlyIndicatorIsNotEnteredForAYear() {
        assertThatThrownBy(() -> entry.save(DataValueInput.typed("BLOOD_UNITS", "12049", "2025", null, "5", 0)))
                .isInstanceOfSatisfying(InvalidValueException.class, e -> assertThat(e.code())
                        .isEqualTo("ind.period-type-not-collected"))
                .hasMessageContaining("theo kỳ Quý");
    }

    @Test
    void valueFarOutsideTheUnitsHistoryIsSavedWithAWarning() {
        entry.save(DataValueInput.typed("BLOOD_UNITS", "12064", "2025Q3", null, "44", 0));
        entry.save(DataValueInput.typed("BLOOD_UNITS", "12064", "2025Q4", null, "50", 0));
        entry.save(DataValueInput.typed("BLOOD_UNITS", "12064", "2026Q1", null, "38", 0));
        SaveOutcome out = entry.save(DataValueInput.typed("BLOOD_UNITS", "12064", "2026Q2", null, "540", 0));
        assertThat(out.changed()).isTrue();
        Warning far = out.warnings().get(0);
        assertThat(out.warnings()).hasSize(1);
        assertThat(far.message()).contains("Giá trị 540 cao hơn 3 lần", "(50, trong 3 kỳ gần nhất)");
        assertThat(far.message(Locale.ENGLISH))
                .isEqualTo(far.english())
                .startsWith("540 is more than 3 times the unit's largest earlier value (50, over its last 3 periods)");
        assertThat(far.message(Locale.forLanguageTag("vi"))).isEqualTo(far.message());
    }

    @Test
    void listIsSavedAllOrNothing() {
        List<DataValueInput> rows = List.of(
                DataValueInput.typed("VOTER_MEETINGS", "12070", "2025Q3", null, "4", 0),
                DataValueInput.typed("VOTER_OPINIONS", "12070", "2025Q3", null, "nhiều", 0),
                DataValueInput.typed("PETITIONS_ANSWERED", "12070", "2025Q3", null, "-1", 0));
        assertThatThrownBy(() -> entry.saveAll(rows))
                .isInstanceOfSatisfying(DataImportRejectedException.class, e -> assertThat(e.errors())
                        .extracting(RowError::row, RowError::field, RowError::code)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(2, "value", "ind.value-not-a-number"),
                                org.assertj.core.groups.Tuple.tuple(3, "value", "ind.value-negative")))
                .hasMessageContaining("Có 2 dòng bị lỗi");
        assertThat(stored("12070")).isZero();

        ImportSummary ok = entry.saveAll(List.of(
                DataValueInput.typed("VOTER_MEETINGS", "12070", "2025Q3", null, "4", 0),
                DataValueInput.typed("VOTER_OPINIONS", "12070", "2025Q3", null, "37", 0)));
        assertThat(ok.created()).isEqualTo(2);
        assertThat(stored("12070")).isEqualTo(2);
    }

    @Test
    void listWritesOneAuditEntryPerUnitAndPeriodListingEachChangedValueAndOneAnnouncementPerChange() {
        String unit = jdbc.sql(
                        """
                        select code from org_unit where kind = 'COMMUNE' and valid_to is null
                        and code between '12131' and '12199' order by code limit 1""")
                .query(String.class)
                .single();
        ImportSummary first = entry.saveAll(List.of(
                DataValueInput.typed("VOTER_MEETINGS", unit, "2025Q3", null, "4", 0),
                DataValueInput.typed("VOTER_OPINIONS", unit, "2025Q3", null, "37", 0),
                DataValueInput.typed("PETITIONS_ANSWERED", unit, "2025Q3", null, "2", 0)));
        assertThat(first.created()).isEqualTo(3);
        assertThat(audited(unit)).containsExactly("CREATE");
        assertThat(auditSummaries(unit)).singleElement().satisfies(summary -> assertThat(summary)
                .startsWith("Lưu 3 giá trị của ")
                .contains("Quý III/2025")
                .contains(": 4", ": 37", ": 2"));
        assertThat(events.stream(DataValuesSaved.class)).singleElement().satisfies(e -> assertThat(e.values())
                .extracting(DataValueSaved::indicatorCode)
                .containsExactly("VOTER_MEETINGS", "VOTER_OPINIONS", "PETITIONS_ANSWERED"));

        ImportSummary second = entry.saveAll(List.of(
                DataValueInput.typed("VOTER_MEETINGS", unit, "2025Q3", null, "5", 1),
                DataValueInput.typed("VOTER_OPINIONS", unit, "2025Q3", null, "37", 1),
                DataValueInput.typed("PETITIONS_ANSWERED", unit, "2025Q3", null, "", 1)));
        assertThat(List.of(second.created(), second.updated(), second.unchanged(), second.removed()))
                .containsExactly(0, 1, 1, 1);
        // the unchanged value is not audited; the change and the removal are one entry with both
        assertThat(audited(unit)).containsExactly("CREATE", "UPDATE");
        assertThat(auditSummaries(unit).get(1))
                .startsWith("Lưu 2 giá trị của ")
                .contains(": 4 thành 5", ": xóa (giá trị cũ 2)");
        String after = jdbc.sql(
                        """
                        select a.after_data::jsonb::text from audit_entry a join org_unit u on u.id = a.unit_id
                        where a.entity = 'ind_data_value' and u.code = :c and a.action = 'UPDATE'""")
                .param("c", unit)
                .query(String.class)
                .single();
        assertThat(after).contains("\"period\": \"2025Q3\"", "\"indicator\": \"VOTER_MEETINGS\"", "\"version\": 2");
        assertThat(after).doesNotContain("PETITIONS_ANSWERED"); // removed: only in the entry's before
        assertThat(announced().filter(e -> e.version() == 2)).singleElement().satisfies(e -> {
            assertThat(e.indicatorCode()).isEqualTo("VOTER_MEETINGS");
            assertThat(e.previousNumber()).isEqualByComparingTo("4");
            assertThat(e.number()).isEqualByComparingTo("5");
        });

        // a stale version anywhere refuses the whole list, names its row, and writes no audit entry
        assertThatThrownBy(() -> entry.saveAll(List.of(
                        DataValueInput.typed("VOTER_OPINIONS", unit, "2025Q3", null, "40", 1),
                        DataValueInput.typed("VOTER_MEETINGS", unit, "2025Q3", null, "6", 1))))
                .isInstanceOfSatisfying(
                        DataImportRejectedException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(err -> {
                            assertThat(err.row()).isEqualTo(2);
                            assertThat(err.code()).isEqualTo("ind.value-changed-by-someone-else");
                        }));
        assertThat(audited(unit)).hasSize(2);
        assertThat(entry.find("VOTER_OPINIONS", unit, "2025Q3", null))
                .hasValueSatisfying(v -> assertThat(v.number()).isEqualByComparingTo("37"));
    }

    private List<String> audited(String unit) {
        return jdbc.sql(
                        """
                        select a.action from audit_entry a join org_unit u on u.id = a.unit_id
                        where a.entity = 'ind_data_value' and u.code = :c and u.valid_to is null order by a.id""")
                .param("c", unit)
                .query(String.class)
                .list();
    }

    private List<String> auditSummaries(String unit) {
        return jdbc.sql(
                        """
                        select a.summary from audit_entry a join org_unit u on u.id = a.unit_id
                        where a.entity = 'ind_data_value' and u.code = :c and u.valid_to is null order by a.id""")
                .param("c", unit)
                .query(String.class)
                .list();
    }

    @Test
    void conflictInTheMiddleOfAListRollsBackTheRowsBeforeIt() {
        entry.save(DataValueInput.typed("VOTER_MEETINGS", "12073", "2025Q3", null, "4", 0));
        List<DataValueInput> rows = List.of(
                DataValueInput.typed("VOTER_OPINIONS", "12073", "2025Q3", null, "37", 0),
                DataValueInput.typed("VOTER_MEETINGS", "12073", "2025Q3", null, "5", 0));
        assertThatThrownBy(() -> entry.saveAll(rows))
                .isInstanceOfSatisfying(
                        DataImportRejectedException.class,
                        e -> assertThat(e.errors()).singleElement().satisfies(err -> {
                            assertThat(err.row()).isEqualTo(2);
                            assertThat(err.code()).isEqualTo("ind.value-changed-by-someone-else");
                        }));
        assertThat(entry.find("VOTER_OPINIONS", "12073", "2025Q3", null)).isEmpty();
    }

    @Test
    void dhis2DataValueSetIsAppliedByCode() {
        String payload =
                """
                {"dataSet": "BC_QUY_XA", "period": "2025Q3", "orgUnit": "12091",
                 "dataValues": [
                   {"dataElement": "FUND_POOR_RAISED", "value": "72925000", "comment": "Sao kê tháng 9"},
                   {"dataElement": "UNITY_HOUSES_VALUE", "categoryOptionCombo": "DOANH_NGHIEP", "value": 9100000000.0},
                   {"dataElement": "UNITY_HOUSES_BUILT", "categoryOptionCombo": "DOANH_NGHIEP", "value": 100},
                   {"dataElement": "EMULATION_SCORE", "period": "2025", "value": "87.5"},
                   {"dataElement": "TET_HOUSEHOLDS", "categoryOptionCombo": "MTTQ", "value": "43"}
                 ]}""";
        ImportSummary summary = entry.applyDataValueSet(payload);
        assertThat(summary.created()).isEqualTo(5);
        assertThat(entry.find("FUND_POOR_RAISED", "12091", "2025Q3", null).orElseThrow())
                .satisfies(v -> {
                    assertThat(v.display()).isEqualTo("72.925.000");
                    assertThat(v.comment()).isEqualTo("Sao kê tháng 9");
                });
        assertThat(entry.find("UNITY_HOUSES_VALUE", "12091", "2025Q3", "DOANH_NGHIEP")
                        .orElseThrow()
                        .number())
                .isEqualByComparingTo("9100000000");
        assertThat(entry.find("EMULATION_SCORE", "12091", "2025", null)
                        .orElseThrow()
                        .display())
                .isEqualTo("87,5");

        ImportSummary again = entry.applyDataValueSet(payload.replace("\"72925000\"", "\"73000000\""));
        assertThat(again.updated()).isEqualTo(1);
        assertThat(again.unchanged()).isEqualTo(4);
    }

    @Test
    void dhis2UploadWithBadRowsStoresNothingAndNamesEachRow() {
        String payload =
                """
                {"period": "2025Q3", "orgUnit": "12103",
                 "dataValues": [
                   {"dataElement": "DEATHS", "value": "17"},
                   {"dataElement": "NO_SUCH_INDICATOR", "value": "1"},
                   {"dataElement": "CREMATIONS", "period": "2025Q5", "value": "9"},
                   {"dataElement": "ENLISTMENT", "orgUnit": "99999", "value": "3"},
                   {"dataElement": "BLOOD_UNITS", "value": "54/44"},
                   {"dataElement": "DEATHS", "value": "18"}
                 ]}""";
        assertThatThrownBy(() -> entry.applyDataValueSet(payload))
                .isInstanceOfSatisfying(DataImportRejectedException.class, e -> assertThat(e.errors())
                        .extracting(RowError::row, RowError::field)
                        .containsExactly(
                                org.assertj.core.groups.Tuple.tuple(2, "dataElement"),
                                org.assertj.core.groups.Tuple.tuple(3, "period"),
                                org.assertj.core.groups.Tuple.tuple(4, "orgUnit"),
                                org.assertj.core.groups.Tuple.tuple(5, "value"),
                                org.assertj.core.groups.Tuple.tuple(6, null)));
        assertThat(stored("12103")).isZero();
    }

    @Test
    void malformedUploadIsRefusedWithAMessage() {
        assertThatThrownBy(() -> entry.applyDataValueSet("{\"dataValues\": [ {\"dataElement\": "))
                .isInstanceOf(DataImportRejectedException.class)
                .hasMessageContaining("JSON");
        assertThatThrownBy(() -> entry.applyDataValueSet("{\"values\": []}")).hasMessageContaining("dataValues");
    }

    /** The values announced so far, from the one event each save publishes. */
    private java.util.stream.Stream<DataValueSaved> announced() {
        return events.stream(DataValuesSaved.class).flatMap(b -> b.values().stream());
    }
}
