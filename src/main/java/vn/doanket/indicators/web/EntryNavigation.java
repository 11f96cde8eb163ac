package vn.doanket.indicators.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import vn.doanket.platform.access.Role;
import vn.doanket.platform.web.NavigationItem;

/** The data entry pages in the main navigation, each opening on the account's home unit. */
@Configuration(proxyBeanMethods = false)
class EntryNavigation {

    @Bean
    NavigationItem dataEntryNavigation() {
        return new NavigationItem("nav.entry", "/data/{home}", 20);
    }

    @Bean
    NavigationItem approvalsNavigation() {
        return new NavigationItem("nav.approvals", "/approvals/{home}", 22, Role.ADMIN, Role.LEADER);
    }

    @Bean
    NavigationItem completenessNavigation() {
        return new NavigationItem("nav.completeness", "/completeness/{home}", 24);
    }

    @Bean
    NavigationItem targetsNavigation() {
        return new NavigationItem("nav.targets", "/targets/{home}", 26, Role.ADMIN, Role.LEADER, Role.OFFICER);
    }
}
