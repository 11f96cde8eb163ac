package vn.doanket.organization.internal;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import vn.doanket.organization.HierarchyLoader;

/** Loads the national hierarchy at start-up when the database does not have it yet. */
@Component
@Order(0)
@ConditionalOnProperty(name = "doanket.reference.load", havingValue = "true", matchIfMissing = true)
class ReferenceDataStartup implements ApplicationRunner {

    private final HierarchyLoader loader;

    ReferenceDataStartup(HierarchyLoader loader) {
        this.loader = loader;
    }

    @Override
    public void run(ApplicationArguments args) {
        loader.loadNational();
    }
}
