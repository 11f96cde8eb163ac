package vn.doanket.indicators.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.doanket.indicators.CatalogueEditor;
import vn.doanket.indicators.CatalogueRejectedException;
import vn.doanket.indicators.FormAssignment;
import vn.doanket.indicators.FormDraft;
import vn.doanket.indicators.FormEditor;
import vn.doanket.indicators.IndicatorDefinition;
import vn.doanket.indicators.IndicatorDraft;
import vn.doanket.indicators.ReportForm;
import vn.doanket.indicators.ReportForms;
import vn.doanket.organization.UnitKind;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.access.Role;
import vn.doanket.platform.access.SignedIn;

/**
 * Editing the indicator catalogue and the report forms: administrators of the central committee
 * define them; an administrator assigns a form to the units of a level within their own subtree.
 * Refusals are problem documents whose {@code errors} name each field with a Vietnamese message.
 */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Danh mục chỉ tiêu và biểu mẫu (catalogue editing)", description = "Indicators and report forms")
class CatalogueApiController {

    /** An indicator with what an editor needs: its stored levels, ratio parts, state and forms. */
    record IndicatorDefinitionResponse(
            IndicatorResponse indicator,
            List<String> storedLevels,
            String numerator,
            String denominator,
            java.math.BigDecimal ratioFactor,
            String description,
            String descriptionEn,
            int sortOrder,
            int version,
            boolean hasValues,
            boolean retired,
            List<String> forms) {
        static IndicatorDefinitionResponse of(IndicatorDefinition d) {
            return new IndicatorDefinitionResponse(
                    IndicatorResponse.of(d.indicator(), d.retired()),
                    d.levels().stream().sorted().map(Enum::name).toList(),
                    d.numeratorCode(),
                    d.denominatorCode(),
                    d.indicator().ratioFactor(),
                    d.indicator().descriptionVi(),
                    d.indicator().descriptionEn(),
                    d.sortOrder(),
                    d.version(),
                    d.hasValues(),
                    d.retired(),
                    d.formCodes());
        }
    }

    record AssignmentResponse(long id, String form, UnitKind level, String root) {}

    private final CatalogueEditor editor;
    private final FormEditor formEditor;
    private final ReportForms forms;

    CatalogueApiController(CatalogueEditor editor, FormEditor formEditor, ReportForms forms) {
        this.editor = editor;
        this.formEditor = formEditor;
        this.forms = forms;
    }

    @GetMapping("/indicators/{code}")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "One indicator with its full definition, whether it has values and the forms that carry it")
    IndicatorDefinitionResponse indicator(@PathVariable String code) {
        return IndicatorDefinitionResponse.of(editor.get(code));
    }

    @PostMapping("/indicators")
    @Access(value = Access.Level.SIGNED_IN, roles = Role.ADMIN)
    @Operation(
            summary = "Create an indicator (central administrators)",
            description = "valueType INTEGER|DECIMAL|MONEY|SHARE|YES_NO|TEXT; aggregation and timeAggregation"
                    + " SUM|AVERAGE|MAX|LATEST|COUNT_YES|SHARE_YES|RATIO; levels are unit kinds; a RATIO names"
                    + " numerator and denominator codes and a ratioFactor (100 by default); description is the"
                    + " Vietnamese note and descriptionEn its optional English (each at most 1000 characters)")
    ResponseEntity<IndicatorDefinitionResponse> create(@RequestBody IndicatorDraft draft) {
        central();
        var created = editor.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/indicators/" + created.code()))
                .body(IndicatorDefinitionResponse.of(editor.get(created.code())));
    }

    @PutMapping("/indicators/{code}")
    @Access(value = Access.Level.SIGNED_IN, roles = Role.ADMIN)
    @Operation(
            summary = "Change an indicator (central administrators); its code stays",
            description = "With values stored, a change of value type, aggregation or breakdown is refused (409/422)."
                    + " Send the version read to be told of a concurrent change (409). Without descriptionEn the"
                    + " English note is kept; an empty one removes it.")
    IndicatorDefinitionResponse update(@PathVariable String code, @RequestBody IndicatorDraft draft) {
        central();
        editor.update(code, draft);
        return IndicatorDefinitionResponse.of(editor.get(code));
    }

    @PostMapping("/indicators/{code}/retire")
    @Access(value = Access.Level.SIGNED_IN, roles = Role.ADMIN)
    @Operation(summary = "Retire an indicator: no longer entered nor on forms; values, targets and totals stay")
    IndicatorDefinitionResponse retire(@PathVariable String code) {
        central();
        return IndicatorDefinitionResponse.of(editor.retire(code));
    }

    @PostMapping("/indicators/{code}/restore")
    @Access(value = Access.Level.SIGNED_IN, roles = Role.ADMIN)
    @Operation(summary = "Bring a retired indicator back")
    IndicatorDefinitionResponse restore(@PathVariable String code) {
        central();
        return IndicatorDefinitionResponse.of(editor.restore(code));
    }

    @DeleteMapping("/indicators/{code}")
    @Access(value = Access.Level.SIGNED_IN, roles = Role.ADMIN)
    @Operation(summary = "Delete an indicator that never had a value or a target (else 409: retire it)")
    ResponseEntity<Void> delete(@PathVariable String code) {
        central();
        editor.delete(code);
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/forms")
    @Access(value = Access.Level.SIGNED_IN, roles = Role.ADMIN)
    @Operation(
            summary = "Create a report form (central administrators)",
            description = "periodType MONTHLY|QUARTERLY|SIX_MONTHLY|NINE_MONTHLY|YEARLY; levels are unit kinds;"
                    + " deadlineDays after the period's data window; indicators are codes in form order")
    ResponseEntity<ReportingApiController.FormResponse> createForm(@RequestBody FormDraft draft) {
        central();
        ReportForm f = formEditor.create(draft);
        return ResponseEntity.created(URI.create("/api/v1/forms/" + f.code()))
                .body(ReportingApiController.FormResponse.of(f));
    }

    @PutMapping("/forms/{form}")
    @Access(value = Access.Level.SIGNED_IN, roles = Role.ADMIN)
    @Operation(summary = "Change a report form (central administrators); its code stays")
    ReportingApiController.FormResponse updateForm(@PathVariable String form, @RequestBody FormDraft draft) {
        central();
        return ReportingApiController.FormResponse.of(formEditor.update(form, draft));
    }

    @GetMapping("/forms/{form}/assignments")
    @Access(Access.Level.SIGNED_IN)
    @Operation(summary = "Which units fill the form: a level within a subtree (root null: the whole country)")
    List<AssignmentResponse> assignments(@PathVariable String form) {
        ReportForm f = forms.get(form);
        return forms.assignments(f).stream().map(this::response).toList();
    }

    @PostMapping("/forms/{form}/assignments")
    @Access(value = Access.Level.SIGNED_IN, unit = "root", roles = Role.ADMIN)
    @Operation(
            summary = "Assign a form to the units of a level below a root unit in the caller's subtree",
            description = "Without root: the whole country (central administrators only)")
    ResponseEntity<AssignmentResponse> assign(
            @PathVariable String form, @RequestParam UnitKind level, @RequestParam(required = false) String root) {
        formEditor.requireMayAssign(SignedIn.require(), root);
        FormAssignment a = forms.assign(form, level, root == null || root.isBlank() ? null : root.strip());
        return ResponseEntity.status(HttpStatus.CREATED).body(response(a));
    }

    @DeleteMapping("/forms/{form}/assignments/{id}")
    @Access(value = Access.Level.SIGNED_IN, roles = Role.ADMIN)
    @Operation(summary = "Remove an assignment within the caller's subtree")
    ResponseEntity<Void> unassign(@PathVariable String form, @PathVariable long id) {
        ReportForm f = forms.get(form);
        forms.assignments(f).stream()
                .filter(a -> a.id() == id)
                .findFirst()
                .ifPresent(a -> formEditor.requireMayAssign(SignedIn.require(), formEditor.scope(a)));
        formEditor.unassign(form, id);
        return ResponseEntity.noContent().build();
    }

    private AssignmentResponse response(FormAssignment a) {
        return new AssignmentResponse(
                a.id(),
                a.formCode(),
                a.unitKind(),
                a.rootUnitId() == null ? null : formEditor.scope(a).code());
    }

    private static void central() {
        CatalogueEditor.requireCentralAdmin(SignedIn.require());
    }

    @ExceptionHandler(CatalogueRejectedException.class)
    ProblemDetail rejected(CatalogueRejectedException e) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(HttpStatus.valueOf(e.status()), e.getMessage());
        p.setType(URI.create("about:blank"));
        p.setProperty("code", e.code());
        p.setProperty("errors", e.fieldErrors());
        return p;
    }
}
