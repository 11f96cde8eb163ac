package vn.doanket.demo.internal;

import org.springframework.stereotype.Component;
import vn.doanket.demo.DemoSeeder;
import vn.doanket.organization.DemoHierarchy;

/** Seeds residential areas, member organisations and leadership through the organization module. */
@Component
class HierarchyDemoSeeder implements DemoSeeder {

    private final DemoHierarchy hierarchy;

    HierarchyDemoSeeder(DemoHierarchy hierarchy) {
        this.hierarchy = hierarchy;
    }

    @Override
    public String name() {
        return "hierarchy";
    }

    @Override
    public void seed() {
        hierarchy.generate();
    }

    @Override
    public int getOrder() {
        return HIERARCHY;
    }
}
