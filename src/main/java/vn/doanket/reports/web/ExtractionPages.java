package vn.doanket.reports.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.IndicatorCatalogue;
import vn.doanket.platform.DomainException;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.web.NavigationItem;
import vn.doanket.reports.FigureDecision;
import vn.doanket.reports.FigureReview;
import vn.doanket.reports.FigureReviews;
import vn.doanket.reports.SourceDocument;
import vn.doanket.reports.extraction.DocumentText;

/**
 * Review pages: paste or upload a report, see its text with every quantity highlighted at its exact
 * span, and accept (possibly corrected) or reject each. Accept and reject are htmx posts that swap the
 * figure's row; a refused decision shows its message and leaves what the reviewer typed in place.
 */
@Controller
class ExtractionPages {

    /** A piece of the document's text: plain, or the span of a figure. */
    record Segment(String text, FigureReview figure) {}

    /**
     * An indicator to pick: code, name and unit of measure in the reader's language, computed (not
     * entered) or not, its breakdown and its note (how it is counted; null when it has none).
     */
    record IndicatorChoice(
            String code, String name, String unitOfMeasure, boolean computed, String category, String note) {}

    private final FigureReviews reviews;
    private final IndicatorCatalogue catalogue;

    ExtractionPages(FigureReviews reviews, IndicatorCatalogue catalogue) {
        this.reviews = reviews;
        this.catalogue = catalogue;
    }

    @GetMapping("/reports/extractions")
    @Access(Access.Level.SIGNED_IN)
    String list(Model model) {
        model.addAttribute("documents", reviews.recent());
        return "reports/extractions";
    }

    @PostMapping("/reports/extractions")
    @Access(Access.Level.SIGNED_IN)
    String submit(
            @RequestParam(required = false) String text,
            @RequestParam(required = false) MultipartFile file,
            Model model,
            Locale locale) {
        try {
            long id;
            if (file != null && !file.isEmpty()) {
                String name = file.getOriginalFilename();
                byte[] content = ExtractionApiController.bytes(file);
                id = reviews.submit(name, DocumentText.read(name, content), content);
            } else {
                id = reviews.submit(null, text);
            }
            return "redirect:/reports/extractions/" + id;
        } catch (DomainException e) {
            model.addAttribute("error", e.message(locale));
            model.addAttribute("text", text);
            model.addAttribute("documents", reviews.recent());
            return "reports/extractions";
        }
    }

    @GetMapping("/reports/extractions/{id}")
    @Access(Access.Level.SIGNED_IN)
    String document(@PathVariable long id, Model model) {
        SourceDocument doc = reviews.document(id);
        model.addAttribute("doc", doc);
        model.addAttribute("segments", segments(doc));
        return "reports/extraction";
    }

    /** The report as it was uploaded (.docx or .txt), for the reviewer to open beside the highlighted text. */
    @GetMapping("/reports/extractions/{id}/original")
    @Access(Access.Level.SIGNED_IN)
    ResponseEntity<byte[]> original(@PathVariable long id) {
        FigureReviews.Original file = reviews.original(id);
        return ResponseEntity.ok()
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(), java.nio.charset.StandardCharsets.UTF_8)
                                .build()
                                .toString())
                .body(file.bytes());
    }

    @PostMapping("/reports/extractions/{id}/figures/{figure}/accept")
    @Access(Access.Level.SIGNED_IN)
    String accept(
            @PathVariable long id,
            @PathVariable long figure,
            @RequestParam(required = false) String value,
            @RequestParam(required = false) String indicator,
            @RequestParam(required = false) String period,
            @RequestParam(required = false) String unitCode,
            @RequestParam(required = false) String option,
            @RequestParam(defaultValue = "0") int version,
            Model model) {
        FigureReview f =
                reviews.accept(id, figure, new FigureDecision(value, indicator, period, unitCode, option, version));
        model.addAttribute("f", f);
        return "reports/figure-row :: row";
    }

    @PostMapping("/reports/extractions/{id}/figures/{figure}/reject")
    @Access(Access.Level.SIGNED_IN)
    String reject(
            @PathVariable long id,
            @PathVariable long figure,
            @RequestParam(defaultValue = "0") int version,
            Model model) {
        model.addAttribute("f", reviews.reject(id, figure, version));
        return "reports/figure-row :: row";
    }

    @ModelAttribute("indicators")
    List<IndicatorChoice> indicators(java.util.Locale locale) {
        return catalogue.all().stream()
                .map(i -> new IndicatorChoice(
                        i.code(),
                        i.name(locale),
                        i.unitOfMeasure(locale),
                        i.isComputed(),
                        i.categoryCode(),
                        i.description(locale)))
                .toList();
    }

    /**
     * The same choices by code: a figure's row names its proposed indicator and shows its note, so the
     * reviewer can tell whether the report counted the figure the way the indicator does.
     */
    @ModelAttribute("indicatorsByCode")
    java.util.Map<String, IndicatorChoice> indicatorsByCode(
            @ModelAttribute("indicators") List<IndicatorChoice> indicators) {
        // the list the request's model already holds, rather than the catalogue read and mapped again
        java.util.Map<String, IndicatorChoice> byCode = new java.util.HashMap<>();
        indicators.forEach(i -> byCode.put(i.code(), i));
        return byCode;
    }

    @ModelAttribute("options")
    List<OptionChoice> options() {
        List<OptionChoice> all = new ArrayList<>();
        catalogue.all().stream()
                .map(Indicator::categoryCode)
                .filter(c -> c != null)
                .distinct()
                .forEach(c -> catalogue.options(c).forEach(o -> all.add(new OptionChoice(c, o.code(), o.nameVi()))));
        return all;
    }

    record OptionChoice(String category, String code, String name) {}

    static List<Segment> segments(SourceDocument doc) {
        List<Segment> out = new ArrayList<>();
        int at = 0;
        String body = doc.body();
        for (FigureReview f : doc.figures()) {
            if (f.start() < at || f.end() > body.length()) {
                continue;
            }
            if (f.start() > at) {
                out.add(new Segment(body.substring(at, f.start()), null));
            }
            out.add(new Segment(body.substring(f.start(), f.end()), f));
            at = f.end();
        }
        if (at < body.length()) {
            out.add(new Segment(body.substring(at), null));
        }
        return out;
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem extractionNavigation() {
            return new NavigationItem("nav.reports.extractions", "/reports/extractions", 40);
        }
    }
}
