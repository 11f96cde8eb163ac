package vn.doanket.analytics.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;
import vn.doanket.demo.DemoSeeder;

/**
 * Demo mode with {@code doanket.demo.national-figures=true}: after the other demo data (the demo
 * hierarchy has ~100,000 residential areas), fills the whole country with plausible figures. See
 * {@link NationalFigures}; {@code bench/national-figures.sh} runs it on the app jar.
 */
@Component
@ConditionalOnProperty(name = "doanket.demo.national-figures", havingValue = "true")
class NationalFiguresSeeder implements DemoSeeder {

    private static final Logger log = LoggerFactory.getLogger(NationalFiguresSeeder.class);

    private final NationalFigures figures;

    NationalFiguresSeeder(NationalFigures figures) {
        this.figures = figures;
    }

    @Override
    public String name() {
        return "national figures";
    }

    @Override
    public int getOrder() {
        return MODULE_DATA + 100;
    }

    @Override
    public void seed() {
        BulkLoader.Full r = figures.generate();
        log.info(
                "National figures: {} values in ind_data_value ({} s) and the roll-up ({} aggregate rows, {} s);"
                        + " {} s in all = {} values/s",
                r.rawValues(),
                String.format("%.1f", r.rawSeconds()),
                r.analytics().aggregates(),
                String.format("%.1f", r.analyticsSeconds()),
                String.format("%.1f", r.seconds()),
                String.format("%,.0f", r.rawValues() / Math.max(r.seconds(), 1e-9)));
    }
}
