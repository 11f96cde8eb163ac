package vn.doanket.organization.web;

import java.time.LocalDate;
import java.util.List;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.People;
import vn.doanket.organization.Unit;
import vn.doanket.organization.UnitKind;
import vn.doanket.platform.access.Access;
import vn.doanket.platform.access.CurrentAccount;
import vn.doanket.platform.access.SignedIn;
import vn.doanket.platform.web.NavigationItem;

/** The unit page (breadcrumbs, children, leadership, lineage) and the picker's search results. */
@Controller
class UnitPagesController {

    private final OrgUnits units;
    private final People people;

    UnitPagesController(OrgUnits units, People people) {
        this.units = units;
        this.people = people;
    }

    @GetMapping("/units/{code}")
    @Access(value = Access.Level.SIGNED_IN, unit = "code")
    String unit(
            @PathVariable String code,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            Model model) {
        LocalDate on = date == null ? LocalDate.now() : date;
        Unit unit = units.get(code, on);
        LocalDate treeDate = unit.inForceOn(on) ? on : unit.validTo();
        CurrentAccount me = SignedIn.require();
        List<Unit> children = units.children(unit, treeDate);
        model.addAttribute("unit", unit);
        model.addAttribute("treeDate", treeDate);
        model.addAttribute("historicView", unit.isHistoric());
        model.addAttribute("ancestors", units.ancestors(unit));
        model.addAttribute("homePath", me.homeUnitPath());
        model.addAttribute(
                "subunits",
                children.stream().filter(u -> u.kind() != UnitKind.MEMBER_ORG).toList());
        model.addAttribute(
                "memberOrgs",
                children.stream().filter(u -> u.kind() == UnitKind.MEMBER_ORG).toList());
        model.addAttribute("leadership", people.leadership(unit.code(), treeDate));
        model.addAttribute("successors", units.successors(unit));
        model.addAttribute("predecessors", units.predecessors(unit));
        return "organization/unit";
    }

    @GetMapping("/units/search")
    @Access(Access.Level.SIGNED_IN)
    String search(@RequestParam(defaultValue = "") String q, Model model) {
        CurrentAccount me = SignedIn.require();
        Unit home = units.findById(me.homeUnitId()).orElseThrow();
        model.addAttribute("q", q);
        model.addAttribute("results", q.isBlank() ? List.of() : units.search(q, home, 15));
        return "organization/search-results :: results";
    }

    @Configuration(proxyBeanMethods = false)
    static class Navigation {
        @Bean
        NavigationItem unitsNavigation() {
            return new NavigationItem("nav.units", "/units/{home}", 10);
        }
    }
}
