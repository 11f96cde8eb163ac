package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doanket.IntegrationTest;
import vn.doanket.analytics.Analytics;
import vn.doanket.analytics.internal.Indicators;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.organization.UnitKind;

/** Editing the catalogue and forms. Thừa Thiên Huế (46) and its communes; codes TCAT_*, forms TF_*. */
@IntegrationTest
class CatalogueEditorTests {

    static final String PROVINCE = "46";

    @Autowired
    CatalogueEditor editor;

    @Autowired
    FormEditor formEditor;

    @Autowired
    ReportForms forms;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    DataEntry entry;

    @Autowired
    Submissions submissions;

    @Autowired
    Analytics analytics;

    @Autowired
    Indicators analyticsCatalogue;

    @Autowired
    OrgUnits units;

    @Autowired
    JdbcClient jdbc;

    static IndicatorDraft count(String code, String name) {
        return new IndicatorDraft(
                code,
                name,
                name + " (en)",
                "cuộc",
                "meetings",
                "INTEGER",
                "SUM",
                "SUM",
                List.of("COMMUNE"),
                null,
                "0",
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    static FormDraft quarterly(String code, List<String> indicators) {
        return new FormDraft(
                code, "Biểu thử " + code, "Test form " + code, "QUARTERLY", List.of("COMMUNE"), "5", indicators, null);
    }

    Unit commune(int n) {
        return units.children(units.get(PROVINCE), java.time.LocalDate.now()).stream()
                .filter(u -> u.kind() == UnitKind.COMMUNE)
                .toList()
                .get(n);
    }

    void save(String indicator, Unit unit, String period, String value) {
        entry.save(new DataValueInput(indicator, unit.code(), period, null, value, null, null, NumberNotation.PLAIN));
    }

    @Test
    void newIndicatorOnANewFormIsEnteredAndRolledUpWithoutARestart() throws Exception {
        Indicator created = editor.create(count("tcat_meetings", "Số buổi sinh hoạt chuyên đề"));
        assertThat(created.code()).isEqualTo("TCAT_MEETINGS");
        formEditor.create(quarterly("TF_ROLLUP", List.of("TCAT_MEETINGS")));
        forms.assign("TF_ROLLUP", UnitKind.COMMUNE, PROVINCE);

        Unit a = commune(0), b = commune(1);
        save("TCAT_MEETINGS", a, "2025Q4", "7");
        save("TCAT_MEETINGS", b, "2025Q4", "5");
        BigDecimal total = null;
        for (int i = 0; i < 100; i++) {
            total = analytics
                    .value("TCAT_MEETINGS", PROVINCE, Period.parse("2025Q4"))
                    .value();
            if (total != null && total.compareTo(BigDecimal.valueOf(12)) == 0) {
                break;
            }
            Thread.sleep(50);
        }
        assertThat(total).isEqualByComparingTo("12");
        assertThat(forms.expectedUnits(forms.get("TF_ROLLUP"), units.get(PROVINCE), Period.parse("2025Q4")))
                .contains(a, b);
    }

    @Test
    void analyticsSeesAnEditedIndicatorAtOnce() {
        Indicator created = editor.create(count("TCAT_RENAMED", "Tên cũ"));
        assertThat(analyticsCatalogue.byId(created.id()).nameVi()).isEqualTo("Tên cũ");
        IndicatorDraft draft = IndicatorDraft.of(editor.get("TCAT_RENAMED"));
        editor.update(
                "TCAT_RENAMED",
                new IndicatorDraft(
                        null,
                        "Tên mới",
                        "New name",
                        "buổi",
                        "sessions",
                        "INTEGER",
                        "SUM",
                        "SUM",
                        List.of("COMMUNE", "PROVINCE"),
                        null,
                        "0",
                        "500",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        draft.version()));
        Indicator seen = analyticsCatalogue.byId(created.id());
        assertThat(seen.nameVi()).isEqualTo("Tên mới");
        assertThat(seen.entryLevels()).containsExactlyInAnyOrder(UnitKind.COMMUNE, UnitKind.PROVINCE);
        assertThat(seen.max()).isEqualByComparingTo("500");
    }

    @Test
    void typeAggregationAndBreakdownAreFrozenOnceAnIndicatorHasValues() {
        editor.create(count("TCAT_FROZEN", "Số cuộc giám sát chuyên đề"));
        formEditor.create(quarterly("TF_FROZEN", List.of("TCAT_FROZEN")));
        save("TCAT_FROZEN", commune(2), "2025Q3", "3");

        IndicatorDraft d = IndicatorDraft.of(editor.get("TCAT_FROZEN"));
        assertThatThrownBy(() -> editor.update("TCAT_FROZEN", with(d, "DECIMAL", "SUM", "SUM", null)))
                .isInstanceOfSatisfying(CatalogueRejectedException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("valueType");
                    assertThat(e.getMessage())
                            .contains("đã có số liệu")
                            .contains("Số nguyên")
                            .contains("Số thập phân");
                });
        assertThatThrownBy(() -> editor.update("TCAT_FROZEN", with(d, "INTEGER", "MAX", "SUM", null)))
                .isInstanceOfSatisfying(CatalogueRejectedException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("aggregation"));
        assertThatThrownBy(() -> editor.update("TCAT_FROZEN", with(d, "INTEGER", "SUM", "LATEST", null)))
                .isInstanceOfSatisfying(CatalogueRejectedException.class, e -> assertThat(e.fieldErrors())
                        .containsOnlyKeys("timeAggregation"));
        assertThatThrownBy(() -> editor.update("TCAT_FROZEN", with(d, "INTEGER", "SUM", "SUM", "MEMBER_ORG")))
                .hasMessageContaining("không đổi cách phân tổ");
        assertThat(catalogue.get("TCAT_FROZEN").valueType()).isEqualTo(ValueType.INTEGER);

        // names and levels may still change
        Indicator renamed = editor.update(
                "TCAT_FROZEN",
                new IndicatorDraft(
                        null,
                        "Số cuộc giám sát",
                        d.nameEn(),
                        d.unitOfMeasureVi(),
                        d.unitOfMeasureEn(),
                        "INTEGER",
                        "SUM",
                        "SUM",
                        List.of("COMMUNE"),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        d.version()));
        assertThat(renamed.nameVi()).isEqualTo("Số cuộc giám sát");
    }

    static IndicatorDraft with(IndicatorDraft d, String type, String agg, String timeAgg, String breakdown) {
        return copy(d, type, agg, timeAgg, breakdown, d.description(), d.descriptionEn());
    }

    /** The draft with these notes, Vietnamese and English. */
    static IndicatorDraft notes(IndicatorDraft d, String vi, String en) {
        return copy(d, d.valueType(), d.aggregation(), d.timeAggregation(), d.breakdown(), vi, en);
    }

    /** The draft with these types, rules, breakdown and notes; the rest as it was. */
    private static IndicatorDraft copy(
            IndicatorDraft d, String type, String agg, String timeAgg, String breakdown, String vi, String en) {
        return new IndicatorDraft(
                d.code(),
                d.nameVi(),
                d.nameEn(),
                d.unitOfMeasureVi(),
                d.unitOfMeasureEn(),
                type,
                agg,
                timeAgg,
                d.levels(),
                breakdown,
                d.min(),
                d.max(),
                d.numerator(),
                d.denominator(),
                d.ratioFactor(),
                vi,
                en,
                d.sortOrder(),
                d.version());
    }

    @Test
    void englishNoteIsStoredShownToEnglishReadersAndKeptWhenAnEditSendsNone() {
        Indicator created = editor.create(notes(
                count("TCAT_NOTED", "Số buổi sinh hoạt"), "Tính cả buổi trực tuyến.", " Online meetings count too. "));
        assertThat(created.descriptionEn()).isEqualTo("Online meetings count too.");
        assertThat(created.description(java.util.Locale.ENGLISH)).isEqualTo("Online meetings count too.");
        assertThat(created.description(java.util.Locale.forLanguageTag("vi"))).isEqualTo("Tính cả buổi trực tuyến.");
        assertThat(IndicatorDraft.of(editor.get("TCAT_NOTED")).descriptionEn()).isEqualTo("Online meetings count too.");

        IndicatorDraft d = IndicatorDraft.of(editor.get("TCAT_NOTED"));
        Indicator kept = editor.update("TCAT_NOTED", notes(d, "Tính cả buổi họp trực tuyến.", null));
        assertThat(kept.descriptionVi()).isEqualTo("Tính cả buổi họp trực tuyến.");
        assertThat(kept.descriptionEn()).isEqualTo("Online meetings count too.");

        d = IndicatorDraft.of(editor.get("TCAT_NOTED"));
        Indicator emptied = editor.update("TCAT_NOTED", notes(d, d.description(), ""));
        assertThat(emptied.descriptionEn()).isNull();
        // with no English note an English reader is shown the Vietnamese one rather than nothing
        assertThat(emptied.description(java.util.Locale.ENGLISH)).isEqualTo("Tính cả buổi họp trực tuyến.");
    }

    @Test
    void englishNoteLongerThanTheVietnamesesLimitIsRefusedInTheReadersLanguageAndNothingIsStored() {
        String limit = "n".repeat(1000);
        assertThat(editor.create(notes(count("TCAT_NOTE_LIMIT", "Ghi chú dài"), null, limit))
                        .descriptionEn())
                .isEqualTo(limit);

        assertThatThrownBy(
                        () -> editor.create(notes(count("TCAT_NOTE_LONG", "Ghi chú quá dài"), "Ghi chú.", limit + "n")))
                .isInstanceOfSatisfying(CatalogueRejectedException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("descriptionEn");
                    assertThat(e.fieldErrors().get("descriptionEn"))
                            .isEqualTo("Ghi chú tiếng Anh dài 1001 ký tự, vượt quá mức tối đa 1000 ký tự."
                                    + " Hãy rút gọn rồi lưu lại.");
                    assertThat(e.fieldErrors(java.util.Locale.ENGLISH).get("descriptionEn"))
                            .isEqualTo("The English note is 1001 characters long, over the limit of 1000."
                                    + " Please shorten it and save again.");
                    assertThat(e.message(java.util.Locale.ENGLISH)).startsWith("The English note is 1001");
                });
        assertThat(catalogue.find("TCAT_NOTE_LONG")).isEmpty();
        // the Vietnamese note is held to the same limit and told the same way
        assertThatThrownBy(() -> editor.create(notes(count("TCAT_NOTE_LONG", "Ghi chú quá dài"), limit + "n", null)))
                .isInstanceOfSatisfying(CatalogueRejectedException.class, e -> {
                    assertThat(e.fieldErrors()).containsOnlyKeys("description");
                    assertThat(e.fieldErrors().get("description"))
                            .isEqualTo("Ghi chú tiếng Việt dài 1001 ký tự, vượt quá mức tối đa 1000 ký tự."
                                    + " Hãy rút gọn rồi lưu lại.");
                    assertThat(e.fieldErrors(java.util.Locale.ENGLISH).get("description"))
                            .startsWith("The Vietnamese note is 1001 characters long");
                });
        assertThat(catalogue.find("TCAT_NOTE_LONG")).isEmpty();

        IndicatorDraft d = IndicatorDraft.of(editor.get("TCAT_NOTE_LIMIT"));
        assertThatThrownBy(() -> editor.update("TCAT_NOTE_LIMIT", notes(d, "Ghi chú mới.", limit + limit)))
                .isInstanceOf(CatalogueRejectedException.class);
        assertThat(catalogue.get("TCAT_NOTE_LIMIT").descriptionVi()).isNull();
        assertThat(catalogue.get("TCAT_NOTE_LIMIT").descriptionEn()).isEqualTo(limit);
    }

    @Test
    void indicatorWithValuesIsRetiredNotDeletedAndIsNoLongerEntered() {
        editor.create(count("TCAT_RETIRED", "Số tổ tự quản"));
        formEditor.create(quarterly("TF_RETIRE", List.of("TCAT_RETIRED", "SUPERVISIONS")));
        Unit c = commune(3);
        save("TCAT_RETIRED", c, "2025Q2", "4");

        assertThatThrownBy(() -> editor.delete("TCAT_RETIRED"))
                .isInstanceOfSatisfying(CatalogueRejectedException.class, e -> {
                    assertThat(e.code()).isEqualTo("ind.indicator-has-values");
                    assertThat(e.getMessage()).contains("Ngừng sử dụng");
                });
        IndicatorDefinition retired = editor.retire("TCAT_RETIRED");
        assertThat(retired.retired()).isTrue();
        assertThat(retired.levels()).containsExactly(UnitKind.COMMUNE);
        assertThat(forms.get("TF_RETIRE").indicatorCodes()).containsExactly("SUPERVISIONS");
        assertThat(catalogue.get("TCAT_RETIRED").entryLevels()).isEmpty();
        assertThatThrownBy(() -> save("TCAT_RETIRED", c, "2025Q3", "5")).isInstanceOf(InvalidValueException.class);
        assertThat(entry.values(c.code(), "2025Q2"))
                .extracting(DataValue::indicatorCode)
                .contains("TCAT_RETIRED");

        editor.restore("TCAT_RETIRED");
        assertThat(forms.get("TF_RETIRE").indicatorCodes()).containsExactly("TCAT_RETIRED", "SUPERVISIONS");
        save("TCAT_RETIRED", c, "2025Q3", "5");
    }

    @Test
    void indicatorWithoutValuesIsDeletedAndTheChangesAreAudited() {
        Indicator i = editor.create(count("TCAT_DELETED", "Chỉ tiêu tạo nhầm"));
        formEditor.create(quarterly("TF_DELETE", List.of("TCAT_DELETED", "SUPERVISIONS")));
        editor.delete("TCAT_DELETED");
        assertThat(catalogue.find("TCAT_DELETED")).isEmpty();
        assertThat(forms.get("TF_DELETE").indicatorCodes()).containsExactly("SUPERVISIONS");
        List<String> actions = jdbc.sql(
                        "select action from audit_entry where entity = 'ind_indicator' and entity_id = :id order by id")
                .param("id", Long.toString(i.id()))
                .query(String.class)
                .list();
        assertThat(actions).containsExactly("CREATE", "DELETE");
        assertThat(jdbc.sql("select count(*) from audit_entry where entity = 'ind_form' and summary like :s")
                        .param("s", "%TF_DELETE%")
                        .query(Long.class)
                        .single())
                .isEqualTo(1);
    }

    @Test
    void invalidDraftsAreRefusedFieldByFieldInVietnamese() {
        assertThatThrownBy(() -> editor.create(new IndicatorDraft(
                        "1bad code",
                        " ",
                        "x",
                        "hộ",
                        "households",
                        "INTEGER",
                        "COUNT_YES",
                        "SUM",
                        List.of(),
                        "NOPE",
                        "10",
                        "5",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
                .isInstanceOfSatisfying(CatalogueRejectedException.class, e -> {
                    assertThat(e.fieldErrors())
                            .containsKeys("code", "nameVi", "aggregation", "levels", "breakdown", "max");
                    assertThat(e.fieldErrors().get("code")).contains("không hợp lệ");
                    assertThat(e.fieldErrors().get("nameVi")).isEqualTo("Hãy nhập mục này.");
                    assertThat(e.status()).isEqualTo(422);
                });
        assertThatThrownBy(() -> editor.create(count("SUPERVISIONS", "Trùng mã")))
                .hasMessageContaining("Đã có chỉ tiêu mã SUPERVISIONS");
        assertThatThrownBy(() -> editor.create(new IndicatorDraft(
                        "TCAT_BAD_RATIO",
                        "Tỷ lệ",
                        "Share",
                        "%",
                        "%",
                        "SHARE",
                        "RATIO",
                        "SUM",
                        List.of("COMMUNE"),
                        null,
                        null,
                        null,
                        "HIGHLIGHTS",
                        null,
                        null,
                        null,
                        null,
                        null,
                        null)))
                .isInstanceOfSatisfying(CatalogueRejectedException.class, e -> assertThat(e.fieldErrors())
                        .containsKeys("timeAggregation", "numerator", "denominator", "levels"));
        assertThat(catalogue.find("TCAT_BAD_RATIO")).isEmpty();
    }

    @Test
    void ratioIndicatorIsComputedFromItsParts() {
        Indicator ratio = editor.create(new IndicatorDraft(
                "TCAT_BLOOD_RATE",
                "Tỷ lệ hiến máu đạt",
                "Blood units per registered",
                "%",
                "%",
                "SHARE",
                "RATIO",
                "RATIO",
                List.of(),
                null,
                null,
                null,
                "blood_units",
                "BLOOD_REGISTERED",
                "100",
                null,
                null,
                null,
                null));
        assertThat(ratio.isComputed()).isTrue();
        assertThat(ratio.numeratorId()).isEqualTo(catalogue.get("BLOOD_UNITS").id());
        assertThat(ratio.ratioFactor()).isEqualByComparingTo("100");
        assertThatThrownBy(() -> editor.delete("BLOOD_REGISTERED")).isInstanceOf(CatalogueRejectedException.class);
    }

    @Test
    void staleEditIsRefusedAndNothingIsLost() {
        editor.create(count("TCAT_STALE", "Tên ban đầu"));
        IndicatorDraft first = IndicatorDraft.of(editor.get("TCAT_STALE"));
        editor.update(
                "TCAT_STALE",
                new IndicatorDraft(
                        null,
                        "Người thứ nhất sửa",
                        first.nameEn(),
                        first.unitOfMeasureVi(),
                        first.unitOfMeasureEn(),
                        "INTEGER",
                        "SUM",
                        "SUM",
                        first.levels(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        first.version()));
        assertThatThrownBy(() -> editor.update(
                        "TCAT_STALE",
                        new IndicatorDraft(
                                null,
                                "Người thứ hai sửa",
                                first.nameEn(),
                                first.unitOfMeasureVi(),
                                first.unitOfMeasureEn(),
                                "INTEGER",
                                "SUM",
                                "SUM",
                                first.levels(),
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                null,
                                first.version())))
                .isInstanceOfSatisfying(CatalogueRejectedException.class, e -> {
                    assertThat(e.status()).isEqualTo(409);
                    assertThat(e.getMessage()).contains("vừa được người khác sửa");
                });
        assertThat(catalogue.get("TCAT_STALE").nameVi()).isEqualTo("Người thứ nhất sửa");
    }

    @Test
    void formRulesHoldForIndicatorsLevelsAndPeriodType() {
        assertThatThrownBy(() -> formEditor.create(new FormDraft(
                        "TF_BAD",
                        "Biểu",
                        "Form",
                        "QUARTERLY",
                        List.of("RESIDENTIAL_AREA"),
                        "400",
                        List.of("SUPERVISIONS", "SUPERVISIONS", "NOPE"),
                        null)))
                .isInstanceOfSatisfying(CatalogueRejectedException.class, e -> {
                    assertThat(e.fieldErrors()).containsKeys("deadlineDays", "indicators");
                    assertThat(e.fieldErrors().get("indicators"))
                            .contains("hai lần")
                            .contains("Không tìm thấy chỉ tiêu \"NOPE\"");
                });
        assertThatThrownBy(() -> formEditor.create(new FormDraft(
                        "TF_BAD",
                        "Biểu",
                        "Form",
                        "QUARTERLY",
                        List.of("RESIDENTIAL_AREA"),
                        "5",
                        List.of("SUPERVISIONS"),
                        null)))
                .hasMessageContaining("không nhập ở cấp nào của biểu mẫu");

        ReportForm f = formEditor.create(quarterly("TF_RULES", List.of("SUPERVISIONS", "BLOOD_UNITS")));
        assertThat(f.indicatorCodes()).containsExactly("SUPERVISIONS", "BLOOD_UNITS");
        ReportForm reordered = formEditor.update(
                "TF_RULES",
                new FormDraft(
                        null,
                        "Biểu đã sửa",
                        "Edited",
                        "QUARTERLY",
                        List.of("COMMUNE"),
                        "10",
                        List.of("BLOOD_UNITS", "SUPERVISIONS", "ENLISTMENT"),
                        formEditor.version(f)));
        assertThat(reordered.indicatorCodes()).containsExactly("BLOOD_UNITS", "SUPERVISIONS", "ENLISTMENT");
        assertThat(reordered.deadlineDays()).isEqualTo(10);

        forms.assign("TF_RULES", UnitKind.COMMUNE, PROVINCE);
        Unit c = commune(4);
        submissions.submit("TF_RULES", c.code(), "2025Q4");
        assertThatThrownBy(() -> formEditor.update(
                        "TF_RULES",
                        new FormDraft(
                                null,
                                "Biểu đã sửa",
                                "Edited",
                                "YEARLY",
                                List.of("COMMUNE"),
                                "10",
                                List.of("BLOOD_UNITS"),
                                null)))
                .hasMessageContaining("không đổi loại kỳ báo cáo");
        assertThatThrownBy(() -> formEditor.update(
                        "TF_RULES",
                        new FormDraft(
                                null,
                                "Biểu đã sửa",
                                "Edited",
                                "QUARTERLY",
                                List.of("PROVINCE"),
                                "10",
                                List.of("HIGHLIGHTS"),
                                null)))
                .hasMessageContaining("đang được giao cho cấp xã");
        assertThatThrownBy(() -> formEditor.update(
                        "TF_RULES",
                        new FormDraft(
                                null, "Biểu", "Form", "QUARTERLY", List.of("COMMUNE"), "5", List.of("BLOOD_UNITS"), 0)))
                .hasMessageContaining("vừa được người khác sửa");
        FormAssignment a = forms.assignments(forms.get("TF_RULES")).get(0);
        formEditor.unassign("TF_RULES", a.id());
        assertThat(forms.assignments(forms.get("TF_RULES"))).isEmpty();
    }
}
