package vn.doanket.indicators.web;

import java.util.List;
import org.springframework.ui.Model;
import vn.doanket.organization.Unit;

/**
 * One page of the units below a unit, for the pages that give each a row of inputs (the grid, the
 * targets): a province's 126 communes, seventy inputs each, were 10 MB of HTML on one page. A page
 * asked for past the last shows the last.
 */
record UnitPage(List<Unit> rows, int page, int pages, int total, int first) {

    /** Units a page shows. */
    static final int SIZE = 20;

    static UnitPage of(List<Unit> all, int requested) {
        int pages = Math.max(1, (all.size() + SIZE - 1) / SIZE);
        int page = Math.min(Math.max(1, requested), pages);
        int from = (page - 1) * SIZE;
        return new UnitPage(all.subList(from, Math.min(all.size(), from + SIZE)), page, pages, all.size(), from + 1);
    }

    /** What the {@code pages} fragment shows. */
    void addTo(Model model) {
        model.addAttribute("page", page);
        model.addAttribute("pages", pages);
        model.addAttribute("total", total);
        model.addAttribute("first", first);
        model.addAttribute("last", first + rows.size() - 1);
    }
}
