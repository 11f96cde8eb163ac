package vn.doanket.reports;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.IndicatorCatalogue;
import vn.doanket.indicators.Period;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.organization.UnitKind;
import vn.doanket.platform.VietnamTime;
import vn.doanket.platform.access.SignedIn;
import vn.doanket.platform.audit.AuditAction;
import vn.doanket.platform.audit.AuditChange;
import vn.doanket.platform.audit.AuditTrail;
import vn.doanket.reports.generation.DocxRenderer;
import vn.doanket.reports.generation.FigureSource;
import vn.doanket.reports.generation.Figures;
import vn.doanket.reports.generation.PdfRenderer;
import vn.doanket.reports.generation.ReportComposer;
import vn.doanket.reports.generation.ReportTexts;
import vn.doanket.reports.generation.SectionPlan;
import vn.doanket.reports.generation.XlsxRenderer;

/**
 * Generates the report on the Front's work for any unit and period from the analytics figures and
 * the texts users keep, as a model for the web preview or as .docx, .xlsx (statistical annex) and .pdf.
 */
@Service
@Transactional(readOnly = true)
public class ReportGenerator {

    /** A rendered file with the name and media type to send it under. */
    public record Rendered(byte[] bytes, String fileName, String mediaType) {}

    public enum Format {
        DOCX("docx", "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        XLSX("xlsx", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
        PDF("pdf", "application/pdf");

        final String extension;
        final String mediaType;

        Format(String extension, String mediaType) {
            this.extension = extension;
            this.mediaType = mediaType;
        }
    }

    private final OrgUnits units;
    private final IndicatorCatalogue catalogue;
    private final FigureSource figures;
    private final ReportTexts texts;
    private final AuditTrail audit;

    ReportGenerator(
            OrgUnits units, IndicatorCatalogue catalogue, FigureSource figures, ReportTexts texts, AuditTrail audit) {
        this.units = units;
        this.catalogue = catalogue;
        this.figures = figures;
        this.texts = texts;
        this.audit = audit;
    }

    /**
     * The report of a unit's subtree for a period. An unknown unit is a 404, a malformed period id a
     * 400 (both as {@link vn.doanket.platform.DomainException}s).
     */
    public Report generate(String unitCode, String periodId, EmptySections empty) {
        Period period = Period.parse(periodId);
        LocalDate today = LocalDate.now(VietnamTime.ZONE);
        Unit unit = units.get(unitCode, today);
        LocalDate day = unit.inForceOn(today) ? today : unit.validTo();
        List<Unit> children = units.children(unit, day).stream()
                .filter(u -> u.kind() != UnitKind.MEMBER_ORG)
                .toList();
        Unit parent =
                unit.parentId() == null ? null : units.findById(unit.parentId()).orElse(null);
        Figures read = figures.read(
                unit,
                children,
                List.of(period, period.sameLastYear()),
                SectionPlan.unitIndicators(),
                SectionPlan.childIndicators());
        Map<String, String> names =
                catalogue.all().stream().collect(Collectors.toMap(Indicator::code, Indicator::nameVi, (a, b) -> a));
        return ReportComposer.compose(new ReportComposer.Context(
                unit, parent, children, period, read, texts.load(unit.id(), period.id()), names, today, empty));
    }

    public Rendered render(String unitCode, String periodId, EmptySections empty, Format format) {
        Report report = generate(unitCode, periodId, empty);
        Function<Report, byte[]> renderer =
                switch (format) {
                    case DOCX -> DocxRenderer::render;
                    case XLSX -> XlsxRenderer::render;
                    case PDF -> PdfRenderer::render;
                };
        String name = "bao-cao-" + report.unitCode() + "-" + report.periodId() + "." + format.extension;
        return new Rendered(renderer.apply(report), name, format.mediaType);
    }

    /** The texts kept for a unit and period, by key. */
    public Map<String, String> texts(String unitCode, String periodId) {
        Period period = Period.parse(periodId);
        return texts.load(units.get(unitCode, LocalDate.now(VietnamTime.ZONE)).id(), period.id());
    }

    /** Keeps the user's text for one part of the report (a blank text removes it); audited. */
    @Transactional
    public void saveText(String unitCode, String periodId, String key, String body) {
        Period period = Period.parse(periodId);
        Unit unit = units.get(unitCode, LocalDate.now(VietnamTime.ZONE));
        if (key == null || !SectionPlan.isTextKey(key)) {
            throw new ReportException.UnknownSection(String.valueOf(key));
        }
        String text = body == null ? "" : body.strip();
        if (text.length() > ReportTexts.MAX_LENGTH) {
            throw new ReportException.TextTooLong(text.length(), ReportTexts.MAX_LENGTH);
        }
        String actor = SignedIn.account().map(a -> a.username()).orElse("system");
        String before = texts.save(unit.id(), period.id(), key, text, actor);
        if (java.util.Objects.equals(before, text.isEmpty() ? null : text)) {
            return;
        }
        audit.record(new AuditChange(
                unit.id(),
                unit.treePath(),
                "rep_section_text",
                unit.code() + "/" + period.id() + "/" + key,
                before == null ? AuditAction.CREATE : text.isEmpty() ? AuditAction.DELETE : AuditAction.UPDATE,
                "Nội dung mục \"" + key + "\" của báo cáo " + period.label() + ", " + unit.fullName(),
                before == null ? null : Map.of("text", before),
                text.isEmpty() ? null : Map.of("text", text)));
    }
}
