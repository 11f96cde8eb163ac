package vn.doanket.reports.generation;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import vn.doanket.indicators.Period;
import vn.doanket.organization.Unit;
import vn.doanket.reports.EmptySections;
import vn.doanket.reports.FigureTable;
import vn.doanket.reports.FigureTable.Column;
import vn.doanket.reports.FigureTable.Format;
import vn.doanket.reports.Phrase;
import vn.doanket.reports.Report;
import vn.doanket.reports.ReportSection;
import vn.doanket.reports.SectionFigure;

/**
 * Writes the report from the figures: one sentence per work area stating the subtree's figures,
 * with target and same-period comparisons, the user's text for each area, and a table by child
 * unit. Pure: it reads only what it is given, so it is tested without a database.
 */
public final class ReportComposer {

    static final String NO_FIGURES = "Trong kỳ chưa có số liệu báo cáo về nội dung này.";

    /**
     * What a report is made from.
     *
     * @param parent the unit above, named among the recipients; null at the root
     * @param texts the user's kept texts by key (work areas, intro, tasks, number, signer, recipients)
     */
    public record Context(
            Unit unit,
            Unit parent,
            List<Unit> children,
            Period period,
            Figures figures,
            Map<String, String> texts,
            Map<String, String> indicatorNames,
            LocalDate issuedOn,
            EmptySections empty) {}

    private ReportComposer() {}

    public static Report compose(Context c) {
        OfficialHeader header = OfficialHeader.of(c.unit());
        String when = periodPhrase(c.period());
        List<ReportSection> sections = new ArrayList<>();
        int number = 1;
        for (SectionPlan plan : SectionPlan.ALL) {
            List<Phrase> statement = statement(c, plan, when, header.scope());
            String note = text(c, plan.key());
            if (statement.isEmpty() && note.isEmpty() && c.empty() == EmptySections.OMIT) {
                continue;
            }
            if (statement.isEmpty() && note.isEmpty()) {
                statement = List.of(Phrase.words(NO_FIGURES));
            }
            FigureTable table = statement.isEmpty() || !hasFigures(statement) ? null : table(c, plan);
            sections.add(
                    new ReportSection(plan.key(), number++, plan.title(), statement, note, figures(c, plan), table));
        }
        String tasks = text(c, SectionPlan.TASKS);
        if (!tasks.isEmpty()) {
            sections.add(new ReportSection(
                    SectionPlan.TASKS,
                    number,
                    "Phương hướng, nhiệm vụ trọng tâm thời gian tới",
                    List.of(),
                    tasks,
                    List.of(),
                    null));
        }
        String intro =
                "Ban Thường trực " + header.committee() + " báo cáo kết quả công tác Mặt trận " + when + " như sau:";
        String extra = text(c, SectionPlan.INTRO);
        return new Report(
                c.unit().code(),
                c.unit().fullName(),
                c.period().id(),
                c.period().label(),
                header.issuingBody(),
                "Số: " + orDefault(text(c, "number"), "      ") + "/BC-" + header.symbol(),
                header.place() + ", " + Wording.documentDate(c.issuedOn()),
                "BÁO CÁO",
                "Kết quả công tác Mặt trận " + when,
                extra.isEmpty() ? intro : intro + "\n" + extra,
                sections,
                new Report.Signer("TM. BAN THƯỜNG TRỰC", "CHỦ TỊCH", text(c, "signer")),
                recipients(c, header));
    }

    /** “6 tháng đầu năm 2025”, “năm 2025”, “quý I/2024”: the label as it runs inside a sentence. */
    static String periodPhrase(Period period) {
        String label = period.label();
        return label.startsWith("Năm") || label.startsWith("Quý") || label.startsWith("Tháng")
                ? Character.toLowerCase(label.charAt(0)) + label.substring(1)
                : label;
    }

    private static List<Phrase> statement(Context c, SectionPlan plan, String when, String scope) {
        List<List<Phrase>> clauses = new ArrayList<>();
        for (Fact fact : plan.facts()) {
            List<Phrase> clause = clause(c, fact);
            if (!clause.isEmpty()) {
                clauses.add(clause);
            }
        }
        if (clauses.isEmpty()) {
            return List.of();
        }
        List<Phrase> out = new ArrayList<>();
        out.add(Phrase.words("Trong " + when + ", " + scope + " đã "));
        for (int i = 0; i < clauses.size(); i++) {
            if (i > 0) {
                out.add(Phrase.words(plan.separator()));
            }
            out.addAll(clauses.get(i));
        }
        out.add(Phrase.words("."));
        return out;
    }

    private static List<Phrase> clause(Context c, Fact fact) {
        String unit = c.unit().code();
        String p = c.period().id();
        Figures.Figure figure = c.figures().get(fact.indicator(), unit, p);
        BigDecimal value = figure.value();
        if (value == null) {
            return List.of();
        }
        String link = link(fact.indicator(), unit, p);
        String sources = sources(fact.indicator(), unit, p);
        BigDecimal share = null;
        String main;
        if (fact.isRatio()) {
            BigDecimal whole = c.figures().value(fact.denominator(), unit, p);
            if (whole == null || whole.signum() == 0) {
                return List.of();
            }
            main = Wording.ratio(value, whole);
            share = value.multiply(BigDecimal.valueOf(100)).divide(whole, 1, RoundingMode.HALF_UP);
        } else if (fact.format() == Format.PERCENT) {
            share = value;
            main = Wording.percent(value);
        } else {
            main = fact.format() == Format.MONEY ? Wording.money(value) : Wording.number(value);
        }
        BigDecimal target = figure.target();
        boolean againstTarget = target != null && target.signum() > 0 && fact.format() != Format.PERCENT;
        if (againstTarget && fact.format() == Format.COUNT && !fact.isRatio()) {
            main = Wording.ratio(value, target);
        }
        List<Phrase> out = new ArrayList<>();
        String t = fact.template();
        int i = 0;
        while (i < t.length()) {
            int open = t.indexOf('{', i);
            if (open < 0 || open + 2 >= t.length() || t.charAt(open + 2) != '}') {
                out.add(Phrase.words(t.substring(i)));
                break;
            }
            if (open > i) {
                out.add(Phrase.words(t.substring(i, open)));
            }
            char placeholder = t.charAt(open + 1);
            String figureText =
                    switch (placeholder) {
                        case 's' -> Wording.approximateShare(share);
                        case 'p' ->
                            share == null
                                    ? Wording.NO_FIGURE
                                    : share.setScale(0, RoundingMode.HALF_UP).toPlainString() + "%";
                        default -> main;
                    };
            out.add(new Phrase(figureText, link, sources));
            i = open + 3;
        }
        List<Phrase> byOption = fact.isRatio() || fact.format() == Format.PERCENT
                ? List.of()
                : breakdown(c.figures().breakdown(fact.indicator(), unit, p), fact.format(), link, sources);
        out.addAll(byOption);
        if (againstTarget) {
            out.add(Phrase.words(", "));
            out.add(new Phrase(Wording.reached(value, target) + " chỉ tiêu", link, sources));
        }
        if (fact.versusLastYear()) {
            Period last = c.period().sameLastYear();
            String change = Wording.versusLastYear(value, c.figures().value(fact.indicator(), unit, last.id()));
            if (!change.isEmpty() && !byOption.isEmpty() && !againstTarget) {
                // one bracket, not two in a row: “12 cuộc (Ủy ban MTTQ 9 cuộc; …; tăng 20% so với cùng kỳ)”
                out.set(out.size() - 1, Phrase.words("; "));
                out.add(new Phrase(change, link(fact.indicator(), unit, p + "," + last.id()), sources));
                out.add(Phrase.words(")"));
            } else if (!change.isEmpty()) {
                out.add(Phrase.words(" ("));
                out.add(new Phrase(change, link(fact.indicator(), unit, p + "," + last.id()), sources));
                out.add(Phrase.words(")"));
            }
        }
        return out;
    }

    private static List<SectionFigure> figures(Context c, SectionPlan plan) {
        String unit = c.unit().code();
        String p = c.period().id();
        String last = c.period().sameLastYear().id();
        List<SectionFigure> out = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (Fact f : plan.facts()) {
            List<String> codes = f.isRatio() ? List.of(f.indicator(), f.denominator()) : List.of(f.indicator());
            for (String code : codes) {
                Figures.Figure now = c.figures().get(code, unit, p);
                BigDecimal before = c.figures().value(code, unit, last);
                if (!seen.add(code) || (now.value() == null && before == null)) {
                    continue;
                }
                Format format = code.equals(f.indicator()) ? f.format() : Format.COUNT;
                out.add(new SectionFigure(
                        code,
                        c.indicatorNames().getOrDefault(code, code),
                        format,
                        now.value(),
                        now.target(),
                        before,
                        link(code, unit, p + "," + last)));
            }
        }
        return out;
    }

    private static boolean hasFigures(List<Phrase> statement) {
        return statement.stream().anyMatch(Phrase::isFigure);
    }

    private static FigureTable table(Context c, SectionPlan plan) {
        if (c.children().isEmpty()) {
            return null;
        }
        String p = c.period().id();
        List<FigureTable.Row> rows = new ArrayList<>();
        boolean any = false;
        for (Unit child : c.children()) {
            List<FigureTable.Cell> cells = new ArrayList<>();
            for (Column col : plan.columns()) {
                BigDecimal v = c.figures().value(col.indicator(), child.code(), p);
                any |= v != null;
                cells.add(cell(col, v, child.code(), p));
            }
            rows.add(new FigureTable.Row(child.code(), child.fullName(), cells));
        }
        if (!any) {
            return null;
        }
        List<FigureTable.Cell> totals = new ArrayList<>();
        for (Column col : plan.columns()) {
            totals.add(cell(
                    col,
                    c.figures().value(col.indicator(), c.unit().code(), p),
                    c.unit().code(),
                    p));
        }
        return new FigureTable(
                plan.columns(), rows, new FigureTable.Row(c.unit().code(), "Tổng cộng", totals));
    }

    private static FigureTable.Cell cell(Column col, BigDecimal v, String unit, String period) {
        if (v == null) {
            return new FigureTable.Cell(null, "", null);
        }
        String text =
                switch (col.format()) {
                    case MONEY -> Wording.number(v.setScale(0, RoundingMode.HALF_UP));
                    case PERCENT -> Wording.percent(v);
                    case COUNT -> Wording.number(v);
                };
        return new FigureTable.Cell(
                v, text, link(col.indicator(), unit, period), sources(col.indicator(), unit, period));
    }

    private static List<String> recipients(Context c, OfficialHeader header) {
        String kept = text(c, "recipients");
        if (!kept.isEmpty()) {
            return kept.lines().map(String::strip).filter(s -> !s.isEmpty()).toList();
        }
        List<String> out = new ArrayList<>();
        if (c.parent() != null) {
            out.add("- Ban Thường trực " + OfficialHeader.of(c.parent()).committee() + " (để báo cáo);");
        }
        out.add("- Thường trực cấp ủy, chính quyền " + c.unit().fullName() + ";");
        out.add("- Các tổ chức thành viên;");
        out.add("- Lưu: VT.");
        return out;
    }

    /**
     * The figure by option, in brackets after it: “(100 nhà từ Doanh nghiệp, ngân hàng tài trợ; 93 nhà
     * từ Quỹ "Vì người nghèo" tỉnh)” for funding sources, “(Hội Nông dân 12; Công đoàn 8)” for member
     * organisations (“;” between them, as option names hold commas). Nothing when the figure was entered without breakdown only.
     */
    static List<Phrase> breakdown(Figures.Breakdown b, Format format, String link, String sources) {
        if (b == null || b.parts().stream().allMatch(x -> x.option().equals("DEFAULT"))) {
            return List.of();
        }
        boolean from = "FUNDING_SOURCE".equals(b.category());
        List<Phrase> out = new ArrayList<>();
        out.add(Phrase.words(" ("));
        List<Figures.Part> parts = b.parts().stream()
                .filter(x -> x.value() != null && x.value().signum() != 0)
                .toList();
        for (int i = 0; i < parts.size(); i++) {
            Figures.Part x = parts.get(i);
            String amount =
                    format == Format.MONEY ? Wording.money(x.value()) : Wording.count(x.value(), b.unitOfMeasure());
            if (i > 0) {
                out.add(Phrase.words("; "));
            }
            boolean unnamed =
                    x.option().equals("DEFAULT") || x.name() == null || x.name().isBlank();
            if (from) {
                out.add(new Phrase(amount, link, sources));
                out.add(Phrase.words(unnamed ? " chưa ghi nguồn" : " từ " + x.name()));
            } else {
                out.add(Phrase.words((unnamed ? "chưa phân loại" : x.name()) + " "));
                out.add(new Phrase(amount, link, sources));
            }
        }
        out.add(Phrase.words(")"));
        return parts.isEmpty() ? List.of() : out;
    }

    /** The entries behind a figure: the values entered in the unit's subtree for the period. */
    static String sources(String indicator, String unit, String period) {
        return "/analytics/entries?indicator=" + indicator + "&unit=" + unit + "&period=" + period;
    }

    /** The analytics query behind a figure, so a reader can trace it back. */
    static String link(String indicator, String unit, String period) {
        return "/api/v1/analytics?indicator=" + indicator + "&unit=" + unit + "&period=" + period;
    }

    private static String text(Context c, String key) {
        String t = c.texts().get(key);
        return t == null ? "" : t.strip();
    }

    private static String orDefault(String s, String fallback) {
        return s.isEmpty() ? fallback : s;
    }
}
