package vn.doanket.indicators.web;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.doanket.indicators.ReportForms;
import vn.doanket.indicators.UnitScope;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.access.Role;
import vn.doanket.platform.web.Downloads;

/**
 * Excel template download for a form and subtree, and uploads back: our .xlsx and CSV, DHIS2
 * dataValueSets JSON and CSV, all by code and all through the data entry facade.
 */
@Controller
class TransferController {

    private final Selections selections;
    private final ReportForms forms;
    private final TemplateWorkbook workbook;
    private final Uploads uploads;
    private final Caller caller;
    private final OrgUnits units;
    private final MessageSource messages;

    TransferController(
            Selections selections,
            ReportForms forms,
            TemplateWorkbook workbook,
            Uploads uploads,
            Caller caller,
            OrgUnits units,
            MessageSource messages) {
        this.selections = selections;
        this.forms = forms;
        this.workbook = workbook;
        this.uploads = uploads;
        this.caller = caller;
        this.units = units;
        this.messages = messages;
    }

    @GetMapping("/data/{unit}/transfer")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    String page(
            @PathVariable String unit,
            @RequestParam(required = false) String form,
            @RequestParam(required = false) String period,
            Model model) {
        model.addAttribute("s", selections.select(unit, form, period));
        return "indicators/transfer";
    }

    @GetMapping("/data/{unit}/template.xlsx")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    ResponseEntity<byte[]> template(
            @PathVariable String unit,
            @RequestParam(required = false) String form,
            @RequestParam(required = false) String period,
            Locale locale) {
        Selection s = selections.select(unit, form, period);
        List<Unit> expected = forms.expectedUnits(s.form(), s.unit(), s.period());
        byte[] body = workbook.write(s.form(), expected, s.period(), s.unit(), locale);
        String name = s.form().code() + "_" + s.unit().code() + "_" + s.period().id() + ".xlsx";
        return Downloads.attachment(name, Downloads.XLSX, body);
    }

    @PostMapping("/data/{unit}/upload")
    @Access(
            value = Access.Level.SIGNED_IN,
            unit = "unit",
            roles = {Role.ADMIN, Role.LEADER, Role.OFFICER, Role.DATA_ENTRY})
    String upload(
            @PathVariable String unit,
            @RequestParam(required = false) String form,
            @RequestParam(required = false) String period,
            @RequestParam("file") MultipartFile file,
            @RequestParam(defaultValue = "false") boolean partial,
            Locale locale,
            Model model)
            throws IOException {
        Selection s = selections.select(unit, form, period);
        Unit root = s.unit();
        UnitScope scope = u -> caller.canSee(u) && units.isWithin(root, u);
        String name = file.getOriginalFilename() == null ? "upload" : file.getOriginalFilename();
        model.addAttribute("s", s);
        model.addAttribute("fileName", name);
        model.addAttribute("partial", partial);
        Uploads.Result result;
        try (InputStream in = file.getInputStream()) {
            String lower = name.toLowerCase(Locale.ROOT);
            if (lower.endsWith(".json")) {
                result = uploads.dataValueSet(
                        new String(in.readAllBytes(), StandardCharsets.UTF_8), name, partial, scope, locale);
            } else if (lower.endsWith(".csv") || lower.endsWith(".txt")) {
                byte[] bytes = in.readAllBytes();
                String text = new String(bytes, StandardCharsets.UTF_8).replace("\uFEFF", "");
                if (isDhis2Csv(text)) {
                    result = uploads.dataValueSetCsv(text, name, partial, scope, locale);
                } else {
                    result = uploads.rows(
                            UploadReader.csv(
                                    new java.io.ByteArrayInputStream(bytes),
                                    name,
                                    s.period().id(),
                                    Uploads.unreadableMessages(messages, locale)),
                            partial,
                            scope,
                            locale);
                }
            } else {
                result = uploads.rows(
                        UploadReader.xlsx(in, Uploads.unreadableMessages(messages, locale)), partial, scope, locale);
            }
        } catch (UploadReader.Unreadable e) {
            result = new Uploads.Result(null, List.of(new UploadError(name, 0, "", e.getMessage())));
        }
        model.addAttribute("result", result);
        return "indicators/transfer";
    }

    /** DHIS2's CSV names its columns dataelement, period, orgunit…; ours follows the Excel template. */
    static boolean isDhis2Csv(String text) {
        int end = text.indexOf('\n');
        String header = (end < 0 ? text : text.substring(0, end)).toLowerCase(Locale.ROOT);
        return header.contains("dataelement");
    }
}
