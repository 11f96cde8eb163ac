package vn.doanket.indicators.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.doanket.demo.DemoSeeder;
import vn.doanket.indicators.DataEntry;
import vn.doanket.indicators.DataValueInput;
import vn.doanket.indicators.Indicator;
import vn.doanket.indicators.IndicatorCatalogue;
import vn.doanket.indicators.NumberNotation;
import vn.doanket.indicators.PeriodType;
import vn.doanket.indicators.ReportForm;
import vn.doanket.indicators.ReportForms;
import vn.doanket.indicators.ValueType;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Succession;
import vn.doanket.organization.Unit;
import vn.doanket.organization.UnitKind;

/**
 * Demo figures for one province in full detail (Lai Châu, 38 communes): today's communes and their
 * residential areas report the quarters since the 2025 reform, and the communes that were merged
 * into them report the quarters before it, so the dashboards show eight quarters and the roll-up
 * through the merge table. Figures go through {@link DataEntry}, as a person's would (checked,
 * audited, rolled up). Deterministic: the same figures on every database.
 */
@Component
class DemoFigures implements DemoSeeder {

    static final String PROVINCE = "12";
    static final List<String> BEFORE_REFORM = List.of("2024Q4", "2025Q1", "2025Q2");
    static final List<String> AFTER_REFORM = List.of("2025Q3", "2025Q4", "2026Q1", "2026Q2", "2026Q3");
    static final List<String> YEARS_BEFORE = List.of("2024");
    static final List<String> YEARS_AFTER = List.of("2025");
    private static final Logger log = LoggerFactory.getLogger(DemoFigures.class);

    private final DataEntry entry;
    private final IndicatorCatalogue catalogue;
    private final ReportForms forms;
    private final OrgUnits units;

    DemoFigures(DataEntry entry, IndicatorCatalogue catalogue, ReportForms forms, OrgUnits units) {
        this.entry = entry;
        this.catalogue = catalogue;
        this.forms = forms;
        this.units = units;
    }

    @Override
    public String name() {
        return "figures";
    }

    @Override
    public int getOrder() {
        return MODULE_DATA;
    }

    @Override
    public void seed() {
        LocalDate today = LocalDate.now();
        Unit province = units.get(PROVINCE, today);
        List<Unit> communes = units.children(province, today).stream()
                .filter(u -> u.kind() == UnitKind.COMMUNE)
                .toList();
        if (communes.isEmpty()
                || !entry.values(communes.get(0).code(), AFTER_REFORM.get(0)).isEmpty()) {
            return;
        }
        try {
            int saved = 0;
            for (Unit commune : communes) {
                List<Unit> areas = units.children(commune, today).stream()
                        .filter(u -> u.kind() == UnitKind.RESIDENTIAL_AREA)
                        .toList();
                saved += save(commune, false);
                for (Unit area : areas) {
                    saved += save(area, false);
                }
                for (Succession before : units.predecessors(commune)) {
                    if (before.unit().kind() == UnitKind.COMMUNE) {
                        saved += save(before.unit(), true);
                    }
                }
            }
            log.info("Demo figures: {} values for {} and the units below it", saved, province.fullName());
        } catch (RuntimeException e) {
            // Demo figures are a convenience: the rest of the demo must still start.
            log.warn("Demo figures were not (fully) entered: {}", e.getMessage());
        }
    }

    /** Every form the unit's kind fills, for the quarters or years before or after the reform. */
    private int save(Unit unit, boolean beforeReform) {
        int saved = 0;
        for (ReportForm form : forms.all()) {
            if (!form.levels().contains(unit.kind())) {
                continue;
            }
            List<String> periods = form.periodType() == PeriodType.QUARTERLY
                    ? (beforeReform ? BEFORE_REFORM : AFTER_REFORM)
                    : form.periodType() == PeriodType.YEARLY ? (beforeReform ? YEARS_BEFORE : YEARS_AFTER) : List.of();
            for (String period : periods) {
                saved += save(unit, period, forms.indicators(form));
            }
        }
        return saved;
    }

    private int save(Unit unit, String period, List<Indicator> indicators) {
        Random random = new Random((unit.code() + "|" + period).hashCode());
        List<DataValueInput> values = new ArrayList<>();
        for (Indicator indicator : indicators) {
            if (indicator.isComputed()
                    || indicator.valueType() == ValueType.TEXT
                    || !indicator.isEnteredAt(unit.kind())) {
                continue;
            }
            String option = indicator.hasBreakdown()
                    ? catalogue.options(indicator.categoryCode()).get(0).code()
                    : null;
            String value = plausible(indicator, unit.kind(), random);
            values.add(new DataValueInput(
                    indicator.code(), unit.code(), period, option, value, null, null, NumberNotation.PLAIN));
        }
        if (!values.isEmpty()) {
            entry.saveAll(values);
        }
        return values.size();
    }

    /** A figure of the right size for the kind of unit, inside the indicator's range. */
    static String plausible(Indicator indicator, UnitKind kind, Random random) {
        int scale = kind == UnitKind.RESIDENTIAL_AREA ? 1 : 12;
        BigDecimal value =
                switch (indicator.valueType()) {
                    case YES_NO -> BigDecimal.valueOf(random.nextInt(10) < 9 ? 1 : 0);
                    case SHARE -> BigDecimal.valueOf(80 + random.nextInt(20));
                    case MONEY -> BigDecimal.valueOf((1 + random.nextInt(40)) * 500_000L * scale);
                    case DECIMAL -> BigDecimal.valueOf(random.nextInt(1000), 1);
                    default -> BigDecimal.valueOf(random.nextInt(20 * scale) + scale);
                };
        if (indicator.max() != null && value.compareTo(indicator.max()) > 0) {
            value = indicator.max();
        }
        if (indicator.min() != null && value.compareTo(indicator.min()) < 0) {
            value = indicator.min();
        }
        if (indicator.valueType() == ValueType.YES_NO) {
            return value.signum() > 0 ? "1" : "0";
        }
        return value.setScale(indicator.valueType() == ValueType.DECIMAL ? 1 : 0, RoundingMode.DOWN)
                .toPlainString();
    }
}
