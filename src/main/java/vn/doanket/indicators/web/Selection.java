package vn.doanket.indicators.web;

import java.util.ArrayList;
import java.util.List;
import vn.doanket.indicators.Period;
import vn.doanket.indicators.ReportForm;
import vn.doanket.organization.Unit;

/**
 * What a page is about: a unit, one of the forms it fills (or whose figures its subtree fills), a
 * period of that form's type, and the periods the user may switch to.
 *
 * @param fills true when the unit itself fills the form; false when units below it do
 */
record Selection(
        Unit unit, ReportForm form, Period period, boolean fills, List<ReportForm> forms, List<Period> periods) {

    static List<Period> around(Period current, int before) {
        List<Period> list = new ArrayList<>();
        Period p = current;
        for (int i = 0; i <= before; i++) {
            list.add(p);
            p = p.previous();
        }
        return list;
    }
}
