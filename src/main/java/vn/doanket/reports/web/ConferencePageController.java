package vn.doanket.reports.web;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import vn.doanket.platform.DomainException;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.access.Role;
import vn.doanket.platform.access.SignedIn;
import vn.doanket.reports.Conference;
import vn.doanket.reports.Conferences;
import vn.doanket.reports.NewConference;

/** A unit's conferences: the list with minutes to download, its overdue tasks, and a form to record one. */
@Controller
class ConferencePageController {

    private final Conferences conferences;

    ConferencePageController(Conferences conferences) {
        this.conferences = conferences;
    }

    @GetMapping("/reports/{unit}/conferences")
    @Access(value = Access.Level.SIGNED_IN, unit = "unit")
    String list(@PathVariable String unit, Model model) {
        return page(unit, ConferenceForm.blank(unit, today()), List.of(), model);
    }

    @PostMapping("/reports/{unit}/conferences")
    @Access(
            value = Access.Level.SIGNED_IN,
            unit = "unit",
            roles = {Role.ADMIN, Role.LEADER, Role.OFFICER})
    String record(
            @PathVariable String unit,
            @ModelAttribute("form") ConferenceForm form,
            Model model,
            RedirectAttributes redirect,
            Locale locale) {
        List<String> errors = new ArrayList<>();
        NewConference conference = form.toConference(errors, locale);
        if (conference != null) {
            try {
                Conference saved = conferences.record(unit, conference);
                redirect.addFlashAttribute("recorded", saved.id());
                return "redirect:/reports/" + unit + "/conferences";
            } catch (DomainException e) {
                errors.add(e.message(locale));
            }
        }
        return page(unit, form, errors, model);
    }

    @PostMapping("/reports/{unit}/conferences/tasks/{task}/done")
    @Access(
            value = Access.Level.SIGNED_IN,
            unit = "unit",
            roles = {Role.ADMIN, Role.LEADER, Role.OFFICER, Role.DATA_ENTRY})
    String done(@PathVariable String unit, @PathVariable long task) {
        conferences.complete(unit, task, today());
        return "redirect:/reports/" + unit + "/conferences";
    }

    private String page(String unit, ConferenceForm form, List<String> errors, Model model) {
        model.addAttribute("unit", unit);
        model.addAttribute("conferences", conferences.list(unit));
        model.addAttribute("overdue", conferences.overdue(unit, today()));
        model.addAttribute("form", form);
        model.addAttribute("errors", errors);
        model.addAttribute("kinds", Conference.Kind.values());
        model.addAttribute("canWrite", SignedIn.require().canApprove());
        return "reports/conferences";
    }

    private static LocalDate today() {
        return LocalDate.now(vn.doanket.platform.VietnamTime.ZONE);
    }
}
