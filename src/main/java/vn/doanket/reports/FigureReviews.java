package vn.doanket.reports;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.DataValueInput;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.IndicatorCatalogue;
import vn.doanket.indicators.NumberNotation;
import vn.doanket.indicators.SaveOutcome;
import vn.doanket.indicators.VietnameseNumbers;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.Forbidden;
import vn.doanket.platform.access.SignedIn;
import vn.doanket.platform.audit.AuditAction;
import vn.doanket.platform.audit.AuditChange;
import vn.doanket.platform.audit.AuditTrail;
import vn.doanket.reports.extraction.DocumentText;

/**
 * The review of figures read out of narrative reports: a document is stored with every quantity the
 * extractor found; a reviewer accepts (possibly corrected) or rejects each. An accepted figure becomes
 * a data value of the indicators module whose comment names the document and the sentence it came
 * from; computed indicators (shares of two counts) are kept here only, as they are never entered.
 * Documents belong to the uploader's home unit and are seen by accounts whose subtree holds it.
 */
@Service
public class FigureReviews {

    /** The largest uploaded file kept with its document (the upload cap of narrative reports). */
    public static final int MAX_ORIGINAL_BYTES = (int) DocumentText.MAX_FILE_BYTES;

    private static final int LIST_SIZE = 30;
    private static final int SPAN_TEXT_MAX = 500;

    private final JdbcClient jdbc;
    private final FigureExtractor extractor;
    private final OrgUnits units;
    private final IndicatorCatalogue catalogue;
    private final DataEntry dataEntry;
    private final AuditTrail audit;
    private final UnitNameResolver unitNames;

    FigureReviews(
            JdbcClient jdbc,
            FigureExtractor extractor,
            OrgUnits units,
            IndicatorCatalogue catalogue,
            DataEntry dataEntry,
            AuditTrail audit,
            UnitNameResolver unitNames) {
        this.unitNames = unitNames;
        this.jdbc = jdbc;
        this.extractor = extractor;
        this.units = units;
        this.catalogue = catalogue;
        this.dataEntry = dataEntry;
        this.audit = audit;
    }

    /** Reads the text, stores it with its quantities (all PROPOSED) and returns the document id. */
    @Transactional
    public long submit(String fileName, String rawText) {
        return submit(fileName, rawText, null);
    }

    /**
     * As {@link #submit(String, String)}, keeping the file as uploaded ({@code original}, at most
     * {@link #MAX_ORIGINAL_BYTES}) so the reviewer can open it. Unit names in the text are resolved to
     * unit codes within the uploader's subtree when one unit bears the name.
     */
    @Transactional
    public long submit(String fileName, String rawText, byte[] original) {
        CurrentAccount me = SignedIn.require();
        String text = DocumentText.normalized(rawText);
        Unit home = units.findById(me.homeUnitId()).orElseThrow();
        boolean keep = original != null && original.length > 0 && original.length <= MAX_ORIGINAL_BYTES;
        long id = jdbc.sql("insert into rep_source_document (unit_id, file_name, body, uploaded_by, original_file,"
                        + " original_type, original_size) values (:unit, :file, :body, :by, :original, :type, :size)"
                        + " returning id")
                .param("unit", home.id())
                .param("file", fileName)
                .param("body", text)
                .param("by", me.username())
                .param("original", keep ? original : null, java.sql.Types.BINARY)
                .param("type", keep ? mediaType(fileName) : null)
                .param("size", keep ? original.length : null, java.sql.Types.INTEGER)
                .query(Long.class)
                .single();
        List<ExtractedQuantity> found = extractor.extract(text);
        Map<String, UnitNameResolver.Resolution> named = unitNames.resolveAll(
                found.stream().map(ExtractedQuantity::unitName).distinct().toList(), home);
        for (ExtractedQuantity q : found) {
            UnitNameResolver.Resolution r = q.unitName() == null
                    ? UnitNameResolver.Resolution.NONE
                    : named.getOrDefault(q.unitName(), UnitNameResolver.Resolution.NONE);
            jdbc.sql("insert into rep_extracted_figure (document_id, span_start, span_end, span_text, value,"
                            + " unit_of_measure, qualifier, ratio_of, proposed_indicator, proposed_period,"
                            + " proposed_unit_name, proposed_unit_code, proposed_unit_candidates, confidence)"
                            + " values (:doc, :start, :end, :text, :value, :uom, :qualifier, :ratio, :indicator,"
                            + " :period, :unitName, :unitCode, :candidates, :confidence)")
                    .param("unitCode", r.code())
                    .param("candidates", UnitNameResolver.store(r.candidates()))
                    .param("doc", id)
                    .param("start", q.start())
                    .param("end", q.end())
                    .param("text", q.text().length() > SPAN_TEXT_MAX ? q.text().substring(0, SPAN_TEXT_MAX) : q.text())
                    .param("value", q.value())
                    .param("uom", q.unit())
                    .param("qualifier", q.qualifier())
                    .param("ratio", q.ratioOf())
                    .param("indicator", q.indicator())
                    .param("period", q.period())
                    .param("unitName", q.unitName())
                    .param("confidence", BigDecimal.valueOf(q.confidence()))
                    .update();
        }
        audit.record(new AuditChange(
                home.id(),
                home.treePath(),
                "rep_source_document",
                String.valueOf(id),
                AuditAction.CREATE,
                "Trích số liệu từ báo cáo " + (fileName == null ? "dán vào" : "\"" + fileName + "\"") + ": "
                        + found.size() + " số liệu",
                null,
                Map.of("fileName", String.valueOf(fileName), "characters", text.length(), "figures", found.size())));
        return id;
    }

    @Transactional(readOnly = true)
    public SourceDocument document(long id) {
        Map<String, Object> row = jdbc
                .sql("select d.id, d.unit_id, u.full_name, d.file_name, d.body, d.uploaded_by,"
                        + " d.uploaded_at, d.original_size from rep_source_document d"
                        + " join org_unit u on u.id = d.unit_id where d.id = :id")
                .param("id", id)
                .query()
                .listOfRows()
                .stream()
                .findFirst()
                .orElseThrow(() -> FigureReviewException.notFound(id));
        Unit unit = units.findById(((Number) row.get("unit_id")).longValue()).orElseThrow();
        requireVisible(unit);
        return new SourceDocument(
                id,
                unit.id(),
                (String) row.get("full_name"),
                (String) row.get("file_name"),
                (String) row.get("body"),
                (String) row.get("uploaded_by"),
                ((Timestamp) row.get("uploaded_at")).toInstant(),
                row.get("original_size") == null ? 0 : ((Number) row.get("original_size")).longValue(),
                figures(id));
    }

    /** The file as uploaded, to download from the review page: name, bytes and media type. */
    public record Original(String fileName, byte[] bytes, String mediaType) {}

    /** The document's file as uploaded; refused like the document when outside the caller's subtree. */
    @Transactional(readOnly = true)
    public Original original(long id) {
        SourceDocument doc = document(id);
        if (!doc.hasOriginal()) {
            throw FigureReviewException.noOriginal(id);
        }
        Map<String, Object> row = jdbc.sql(
                        "select original_file, original_type from rep_source_document where id = :id")
                .param("id", id)
                .query()
                .singleRow();
        String name = doc.fileName() == null ? "bao-cao-" + id : doc.fileName();
        return new Original(name, (byte[]) row.get("original_file"), (String) row.get("original_type"));
    }

    /** From the name, never from what the browser claimed: only .txt and .docx are read at all. */
    static String mediaType(String fileName) {
        String lower = fileName == null ? "" : fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".docx") || lower.endsWith(".docm")) {
            return "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
        }
        return "text/plain;charset=UTF-8";
    }

    /** The latest documents of the caller's subtree. */
    @Transactional(readOnly = true)
    public List<SourceDocument.Summary> recent() {
        CurrentAccount me = SignedIn.require();
        Unit home = units.findById(me.homeUnitId()).orElseThrow();
        return jdbc.sql("select d.id, u.full_name, d.file_name, d.uploaded_by, d.uploaded_at,"
                        + " (select count(*) from rep_extracted_figure f where f.document_id = d.id) as figures,"
                        + " (select count(*) from rep_extracted_figure f where f.document_id = d.id"
                        + "   and f.status = 'PROPOSED') as pending"
                        + " from rep_source_document d join org_unit u on u.id = d.unit_id"
                        + " where u.path like :path order by d.uploaded_at desc, d.id desc limit :limit")
                .param("path", home.treePath() + "%")
                .param("limit", LIST_SIZE)
                .query((rs, n) -> new SourceDocument.Summary(
                        rs.getLong("id"),
                        rs.getString("full_name"),
                        rs.getString("file_name"),
                        rs.getString("uploaded_by"),
                        rs.getTimestamp("uploaded_at").toInstant(),
                        rs.getInt("figures"),
                        rs.getInt("pending")))
                .list();
    }

    /**
     * Accepts a figure with the reviewer's value, indicator, period and unit; it is CORRECTED when any
     * differs from the proposal. The value is saved as a data value (unless the indicator is computed);
     * if the indicators module refuses it, nothing is stored and its message is raised.
     */
    @Transactional
    public FigureReview accept(long documentId, long figureId, FigureDecision decision) {
        CurrentAccount me = SignedIn.require();
        if (!me.canEnterData()) {
            throw FigureReviewException.cannotEnter();
        }
        SourceDocument doc = document(documentId);
        FigureReview before = figure(doc, figureId);
        BigDecimal value = parseValue(decision.value());
        if (blank(decision.indicator())) {
            throw FigureReviewException.missingIndicator();
        }
        if (blank(decision.period())) {
            throw FigureReviewException.missingPeriod();
        }
        Unit unit = blank(decision.unitCode())
                ? units.findById(doc.unitId()).orElseThrow()
                : units.get(decision.unitCode().strip());
        requireVisible(unit);
        Indicator indicator = catalogue.get(decision.indicator().strip());
        String period = decision.period().strip();
        String option = blank(decision.option()) ? null : decision.option().strip();
        Long dataValueId = null;
        if (!indicator.isComputed()) {
            SaveOutcome saved = dataEntry.save(new DataValueInput(
                    indicator.code(),
                    unit.code(),
                    period,
                    option,
                    value.toPlainString(),
                    source(doc, before),
                    null,
                    NumberNotation.PLAIN));
            dataValueId = saved.value() == null ? null : saved.value().id();
        }
        boolean asProposed = value.compareTo(before.value()) == 0
                && indicator.code().equals(before.proposedIndicator())
                && period.equals(before.proposedPeriod());
        int updated = jdbc.sql("update rep_extracted_figure set status = :status, accepted_value = :value,"
                        + " accepted_indicator = :indicator, accepted_period = :period, accepted_unit_id = :unit,"
                        + " accepted_option = :option, data_value_id = :dataValue, reviewed_by = :by,"
                        + " reviewed_at = now(), version = version + 1"
                        + " where id = :id and document_id = :doc and version = :version")
                .param("status", asProposed ? "ACCEPTED" : "CORRECTED")
                .param("value", value)
                .param("indicator", indicator.code())
                .param("period", period)
                .param("unit", unit.id())
                .param("option", option)
                .param("dataValue", dataValueId)
                .param("by", me.username())
                .param("id", figureId)
                .param("doc", documentId)
                .param("version", decision.expectedVersion())
                .update();
        if (updated == 0) {
            throw FigureReviewException.stale();
        }
        FigureReview after = figure(documentId, figureId);
        record(unit, after, "Chấp nhận số liệu \"" + after.text() + "\" → " + indicator.code() + " " + period, before);
        return after;
    }

    @Transactional
    public FigureReview reject(long documentId, long figureId, int expectedVersion) {
        CurrentAccount me = SignedIn.require();
        if (!me.canEnterData()) {
            throw FigureReviewException.cannotEnter();
        }
        SourceDocument doc = document(documentId);
        FigureReview before = figure(doc, figureId);
        int updated = jdbc.sql("update rep_extracted_figure set status = 'REJECTED', reviewed_by = :by,"
                        + " reviewed_at = now(), version = version + 1"
                        + " where id = :id and document_id = :doc and version = :version")
                .param("by", me.username())
                .param("id", figureId)
                .param("doc", documentId)
                .param("version", expectedVersion)
                .update();
        if (updated == 0) {
            throw FigureReviewException.stale();
        }
        FigureReview after = figure(documentId, figureId);
        record(units.findById(doc.unitId()).orElseThrow(), after, "Loại số liệu \"" + after.text() + "\"", before);
        return after;
    }

    private void record(Unit unit, FigureReview after, String summary, FigureReview before) {
        audit.record(new AuditChange(
                unit.id(),
                unit.treePath(),
                "rep_extracted_figure",
                String.valueOf(after.id()),
                AuditAction.UPDATE,
                summary,
                auditView(before),
                auditView(after)));
    }

    private static Map<String, Object> auditView(FigureReview f) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("status", f.status());
        m.put("text", f.text());
        m.put("value", f.acceptedValue() != null ? f.acceptedValue() : f.value());
        m.put("indicator", f.acceptedIndicator() != null ? f.acceptedIndicator() : f.proposedIndicator());
        m.put("period", f.acceptedPeriod() != null ? f.acceptedPeriod() : f.proposedPeriod());
        return m;
    }

    /** The data value's comment: where the figure was read, so it can be traced back. */
    private static String source(SourceDocument doc, FigureReview f) {
        int from = Math.max(0, f.start() - 60);
        int to = Math.min(doc.body().length(), f.end() + 40);
        String context = doc.body().substring(from, to).replaceAll("\\s+", " ").strip();
        return "Trích từ báo cáo #" + doc.id() + (doc.fileName() == null ? "" : " (" + doc.fileName() + ")")
                + ", ký tự " + f.start() + "–" + f.end() + ": «…" + context + "…»";
    }

    private static BigDecimal parseValue(String raw) {
        if (blank(raw)) {
            throw FigureReviewException.missingValue();
        }
        String s = raw.strip();
        return VietnameseNumbers.parse(s, NumberNotation.VIETNAMESE)
                .or(() -> VietnameseNumbers.parse(s, NumberNotation.PLAIN))
                .orElseThrow(() -> FigureReviewException.badValue(raw));
    }

    private void requireVisible(Unit unit) {
        CurrentAccount me = SignedIn.require();
        if (!units.isVisibleTo(me, unit)) {
            throw Forbidden.because("unit-outside-account", unit.name(), unit.code(), me.username());
        }
    }

    private static FigureReview figure(SourceDocument doc, long figureId) {
        return doc.figures().stream()
                .filter(f -> f.id() == figureId)
                .findFirst()
                .orElseThrow(() -> FigureReviewException.notFound(figureId));
    }

    private FigureReview figure(long documentId, long figureId) {
        return figures(documentId).stream()
                .filter(f -> f.id() == figureId)
                .findFirst()
                .orElseThrow(() -> FigureReviewException.notFound(figureId));
    }

    private List<FigureReview> figures(long documentId) {
        return jdbc.sql("select f.*, u.code as accepted_unit_code from rep_extracted_figure f"
                        + " left join org_unit u on u.id = f.accepted_unit_id"
                        + " where f.document_id = :doc order by f.span_start")
                .param("doc", documentId)
                .query(FigureReviews::row)
                .list();
    }

    private static FigureReview row(ResultSet rs, int n) throws SQLException {
        Timestamp reviewedAt = rs.getTimestamp("reviewed_at");
        return new FigureReview(
                rs.getLong("id"),
                rs.getLong("document_id"),
                rs.getInt("span_start"),
                rs.getInt("span_end"),
                rs.getString("span_text"),
                strip(rs.getBigDecimal("value")),
                rs.getString("unit_of_measure"),
                rs.getString("qualifier"),
                strip(rs.getBigDecimal("ratio_of")),
                rs.getString("proposed_indicator"),
                rs.getString("proposed_period"),
                rs.getString("proposed_unit_name"),
                rs.getString("proposed_unit_code"),
                UnitNameResolver.load(rs.getString("proposed_unit_candidates")),
                rs.getDouble("confidence"),
                rs.getString("status"),
                strip(rs.getBigDecimal("accepted_value")),
                rs.getString("accepted_indicator"),
                rs.getString("accepted_period"),
                rs.getString("accepted_unit_code"),
                rs.getString("accepted_option"),
                rs.getObject("data_value_id", Long.class),
                rs.getString("reviewed_by"),
                reviewedAt == null ? null : reviewedAt.toInstant(),
                rs.getInt("version"));
    }

    private static BigDecimal strip(BigDecimal v) {
        if (v == null) {
            return null;
        }
        BigDecimal s = v.stripTrailingZeros();
        return s.scale() < 0 ? s.setScale(0) : s;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
