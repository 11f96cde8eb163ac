package vn.doanket.reports.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;
import vn.doanket.platform.access.Access;
import vn.doanket.reports.ExtractedQuantity;
import vn.doanket.reports.ExtractionInputException;
import vn.doanket.reports.FigureExtractor;
import vn.doanket.reports.extraction.DocumentText;

@RestController
@Tag(name = "Trích số liệu (extraction)", description = "Quantities read out of a narrative report")
class ExtractionApiController {

    /** The request: the report's text. */
    record ExtractionRequest(String text) {}

    /** One quantity, as the contract names it; {@code ratioOf} and {@code indicator} only when there is one. */
    record QuantityJson(
            String text,
            int start,
            int end,
            BigDecimal value,
            String unit,
            String qualifier,
            @JsonInclude(JsonInclude.Include.NON_NULL) BigDecimal ratioOf,
            @JsonInclude(JsonInclude.Include.NON_NULL) String indicator,
            double confidence) {

        static QuantityJson of(ExtractedQuantity q) {
            return new QuantityJson(
                    q.text(),
                    q.start(),
                    q.end(),
                    q.value(),
                    q.unit(),
                    q.qualifier(),
                    q.ratioOf(),
                    q.indicator(),
                    q.confidence());
        }
    }

    record ExtractionResponse(List<QuantityJson> quantities) {

        static ExtractionResponse of(List<ExtractedQuantity> found) {
            return new ExtractionResponse(found.stream().map(QuantityJson::of).toList());
        }
    }

    private final FigureExtractor extractor;

    ExtractionApiController(FigureExtractor extractor) {
        this.extractor = extractor;
    }

    @PostMapping(path = "/api/v1/extractions", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Access(Access.Level.SIGNED_IN)
    @Operation(
            summary = "Quantities in a text: exact span (start inclusive, end exclusive, UTF-16 offsets into the"
                    + " text sent), value with scale words applied, unit, qualifier, ratio, proposed indicator"
                    + " and confidence. A text without numbers gives an empty list; over 5 MB → 413.")
    ExtractionResponse extract(@RequestBody ExtractionRequest request) {
        String text = DocumentText.asSent(request == null ? null : request.text());
        return ExtractionResponse.of(extractor.extract(text));
    }

    @PostMapping(path = "/api/v1/extractions", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @Access(Access.Level.SIGNED_IN)
    @Operation(
            summary = "Quantities in an uploaded report (.txt in UTF-8 or .docx, at most 10 MB); offsets are into"
                    + " the document's text (NFC). Not a .txt/.docx → 415, damaged or zip bomb → 422.")
    ExtractionResponse extractFile(@RequestPart("file") MultipartFile file) {
        return ExtractionResponse.of(extractor.extract(DocumentText.read(file.getOriginalFilename(), bytes(file))));
    }

    static byte[] bytes(MultipartFile file) {
        if (file == null || file.isEmpty()) {
            throw ExtractionInputException.noText();
        }
        if (file.getSize() > DocumentText.MAX_FILE_BYTES) {
            throw ExtractionInputException.fileTooLarge(DocumentText.MAX_FILE_BYTES);
        }
        try {
            return file.getBytes();
        } catch (IOException e) {
            throw ExtractionInputException.damagedDocx(file.getOriginalFilename());
        }
    }
}
