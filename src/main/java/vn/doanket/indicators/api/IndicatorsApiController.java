package vn.doanket.indicators.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.DataImportRejectedException;
import vn.doanket.indicators.DataValue;
import vn.doanket.indicators.ImportSummary;
import vn.doanket.indicators.IndicatorCatalogue;
import vn.doanket.indicators.SaveOutcome;
import vn.doanket.indicators.StaleValueException;
import vn.doanket.indicators.UnitScope;
import vn.doanket.indicators.Warning;
import vn.doanket.organization.OrgUnits;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.SignedIn;

@RestController
@RequestMapping("/api/v1")
@Tag(name = "Chỉ tiêu và số liệu (indicators and data values)", description = "The catalogue and data entry by code")
class IndicatorsApiController {

    private final IndicatorCatalogue catalogue;
    private final DataEntry entry;
    private final OrgUnits units;
    private final ObjectMapper json;

    private final MessageSource messages;

    IndicatorsApiController(
            IndicatorCatalogue catalogue, DataEntry entry, OrgUnits units, ObjectMapper json, MessageSource messages) {
        this.messages = messages;
        this.catalogue = catalogue;
        this.entry = entry;
        this.units = units;
        this.json = json;
    }

    @GetMapping("/indicators")
    @Access(Access.Level.SIGNED_IN)
    @Operation(
            summary = "The indicator catalogue in catalogue order",
            description = "Retired indicators stay listed with retired = true (their values remain in history) and"
                    + " take no new values")
    List<IndicatorResponse> indicators() {
        java.util.Set<String> retired = catalogue.retiredCodes();
        return catalogue.all().stream()
                .map(i -> IndicatorResponse.of(i, retired.contains(i.code())))
                .toList();
    }

    @GetMapping("/data-values")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    @Operation(summary = "The values a unit saved for a period")
    List<DataValueResponse> values(@RequestParam String unit, @RequestParam String period) {
        return entry.values(unit, period).stream()
                .map(v -> DataValueResponse.of(v, List.of()))
                .toList();
    }

    @PutMapping(value = "/data-values", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Access(Access.Level.SIGNED_IN)
    @Operation(
            summary = "Save one value {indicator, unit, period, value, comment?, option?, version?} or a list of them",
            description = "A list is saved all or nothing; its errors name each row. A stale version is refused with"
                    + " 409 and the current value.")
    ResponseEntity<?> save(@RequestBody JsonNode body) {
        UnitScope scope = scope();
        if (body.isArray()) {
            // one conversion for the whole list, not one per value
            DataValueRequest[] rows = json.treeToValue(body, DataValueRequest[].class);
            List<vn.doanket.indicators.DataValueInput> inputs = new ArrayList<>(rows.length);
            for (DataValueRequest r : rows) {
                inputs.add(r.toInput());
            }
            ImportSummary summary = entry.saveAll(inputs, scope);
            return ResponseEntity.ok(summary);
        }
        SaveOutcome out =
                entry.save(json.treeToValue(body, DataValueRequest.class).toInput(), scope);
        return out.value() == null
                ? ResponseEntity.noContent().build()
                : ResponseEntity.ok(DataValueResponse.of(
                        out.value(),
                        out.warnings().stream().map(Warning::message).toList()));
    }

    @PostMapping(value = "/data-value-sets", consumes = MediaType.APPLICATION_JSON_VALUE)
    @Access(Access.Level.SIGNED_IN)
    @Operation(
            summary = "Apply a DHIS2 dataValueSets JSON payload by code, all or nothing",
            description = "dataElement = indicator code, orgUnit = unit code, period = period id,"
                    + " categoryOptionCombo = breakdown option code (or default)")
    ImportSummary dataValueSets(@RequestBody String payload) {
        return entry.applyDataValueSet(payload, scope());
    }

    @PostMapping(
            value = "/data-value-sets",
            consumes = {"text/csv", "application/csv"})
    @Access(Access.Level.SIGNED_IN)
    @Operation(
            summary = "Apply a DHIS2 dataValueSets CSV upload by code, all or nothing",
            description = "Columns dataelement, period, orgunit, catoptcombo, value, comment, deleted;"
                    + " errors name the line of the file")
    ImportSummary dataValueSetsCsv(@RequestBody String csv) {
        return entry.applyDataValueSetCsv(csv, scope());
    }

    /** The signed-in account's subtree; only accounts that may enter data get one. */
    private UnitScope scope() {
        CurrentAccount me = SignedIn.require();
        if (!me.canEnterData()) {
            throw denied("error.ind.read-only-account", me.username());
        }
        return unit -> units.isVisibleTo(me, unit);
    }

    @ExceptionHandler(DataImportRejectedException.class)
    ProblemDetail rejected(DataImportRejectedException e) {
        ProblemDetail p = problem(HttpStatus.UNPROCESSABLE_CONTENT, e.code(), e.getMessage());
        p.setProperty("errors", e.errors());
        return p;
    }

    @ExceptionHandler(StaleValueException.class)
    ProblemDetail stale(StaleValueException e) {
        ProblemDetail p = problem(HttpStatus.CONFLICT, e.code(), e.getMessage());
        DataValue current = e.current();
        if (current != null) {
            p.setProperty("current", DataValueResponse.of(current, List.of()));
        }
        return p;
    }

    private static ProblemDetail problem(HttpStatus status, String code, String detail) {
        ProblemDetail p = ProblemDetail.forStatusAndDetail(status, detail);
        p.setType(URI.create("about:blank"));
        p.setProperty("code", code);
        return p;
    }

    /** A refusal in the user's language, from messages/indicators*.properties. */
    private AccessDeniedException denied(String key, Object... args) {
        return new AccessDeniedException(messages.getMessage(key, args, LocaleContextHolder.getLocale()));
    }
}
