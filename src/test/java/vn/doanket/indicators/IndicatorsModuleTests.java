package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import vn.doanket.DoanKetApplication;

class IndicatorsModuleTests {

    static final ApplicationModules MODULES = ApplicationModules.of(DoanKetApplication.class);

    @Test
    void modulesKeepTheirBoundaries() {
        MODULES.verify();
    }

    @Test
    void indicatorsDependOnlyOnOrganizationIdentityDemoAndPlatform() {
        ApplicationModule indicators = MODULES.getModuleByName("indicators").orElseThrow();
        assertThat(indicators.getDisplayName()).isEqualTo("Indicators");
        assertThat(indicators
                        .getDirectDependencies(MODULES)
                        .uniqueModules()
                        .map(ApplicationModule::getName)
                        .toList())
                // identity only for the pages' access checks (AccessGuard)
                // and demo for its DemoSeeder (the demo province's figures)
                .containsOnly("organization", "identity", "demo", "platform");
    }
}
