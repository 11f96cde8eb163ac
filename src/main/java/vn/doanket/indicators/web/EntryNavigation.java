package vn.doanket.indicators.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doanket.platform.access.Role;
import vn.doanket.platform.web.NavigationItem;

/**
 * The data entry pages in the main navigation, opening on the account's home unit. The form, grid,
 * Excel, approval and progress pages link to each other by tabs, so one entry point is enough.
 */
@Configuration(proxyBeanMethods = false)
class EntryNavigation {

    @Bean
    NavigationItem entryPagesNavigation() {
        return new NavigationItem("nav.entry", "/data/{home}", 19);
    }

    @Bean
    NavigationItem catalogueNavigation() {
        return new NavigationItem("nav.catalogue", "/catalogue", 85, Role.ADMIN);
    }

    @Bean
    NavigationItem entryTargetsNavigation() {
        return new NavigationItem("nav.targets", "/targets/{home}", 26, Role.ADMIN, Role.LEADER, Role.OFFICER);
    }
}
