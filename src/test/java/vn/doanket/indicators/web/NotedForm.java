package vn.doanket.indicators.web;

import java.util.List;
import vn.doanket.indicators.CatalogueEditor;
import vn.doanket.indicators.FormDraft;
import vn.doanket.indicators.FormEditor;
import vn.doanket.indicators.IndicatorCatalogue;
import vn.doanket.indicators.IndicatorDraft;
import vn.doanket.indicators.ReportForms;
import vn.doanket.organization.UnitKind;

/**
 * A communes' quarterly form of three indicators: one noted in Vietnamese and English, one noted in
 * Vietnamese only, one without a note. Assigned to Phúc Thịnh ({@link EntryTestAccounts#COMMUNE}) alone,
 * so no other test's form or commune sees it. Public for the pages of other modules that name indicators
 * (the analytics dashboard) and for the browser tests.
 */
public final class NotedForm {

    public static final String FORM = "TF_NOTES";

    public static final String BOTH = "TNOTE_BOTH";
    public static final String BOTH_NAME = "Số buổi sinh hoạt chuyên đề";
    public static final String BOTH_NAME_EN = "Themed sessions held";
    public static final String BOTH_VI = "Chỉ tính buổi có biên bản ký tên.";
    public static final String BOTH_EN = "Only sessions with signed minutes count.";

    public static final String VI_ONLY = "TNOTE_VI_ONLY";
    public static final String VI_ONLY_NAME = "Số buổi họp Ban Công tác Mặt trận";
    public static final String VI_ONLY_NAME_EN = "Front work committee meetings";
    public static final String VI_ONLY_VI = "Tính cả buổi họp trực tuyến của Ban.";

    public static final String NONE = "TNOTE_NONE";
    public static final String NONE_NAME = "Số buổi thăm hỏi hộ khó khăn";
    public static final String NONE_NAME_EN = "Visits to households in need";

    private NotedForm() {}

    public static void ensure(
            CatalogueEditor editor, FormEditor formEditor, ReportForms forms, IndicatorCatalogue catalogue) {
        indicator(editor, catalogue, BOTH, BOTH_NAME, BOTH_NAME_EN, BOTH_VI, BOTH_EN);
        indicator(editor, catalogue, VI_ONLY, VI_ONLY_NAME, VI_ONLY_NAME_EN, VI_ONLY_VI, null);
        indicator(editor, catalogue, NONE, NONE_NAME, NONE_NAME_EN, null, null);
        if (forms.find(FORM).isEmpty()) {
            formEditor.create(new FormDraft(
                    FORM,
                    "Biểu thử ghi chú",
                    "Notes test form",
                    "QUARTERLY",
                    List.of("COMMUNE"),
                    "5",
                    List.of(BOTH, VI_ONLY, NONE),
                    null));
            forms.assign(FORM, UnitKind.COMMUNE, EntryTestAccounts.COMMUNE);
        }
    }

    private static void indicator(
            CatalogueEditor editor,
            IndicatorCatalogue catalogue,
            String code,
            String nameVi,
            String nameEn,
            String noteVi,
            String noteEn) {
        if (catalogue.find(code).isPresent()) {
            return;
        }
        editor.create(new IndicatorDraft(
                code,
                nameVi,
                nameEn,
                "buổi",
                "sessions",
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
                noteVi,
                noteEn,
                null,
                null));
    }
}
