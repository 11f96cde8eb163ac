package vn.doanket.demo;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/** In demo mode, runs every module's {@link DemoSeeder} after the reference data (order 0) is loaded. */
@Component
@Order(10)
@ConditionalOnProperty(name = "doanket.demo.enabled", havingValue = "true")
class DemoStartup implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoStartup.class);

    private final ObjectProvider<DemoSeeder> seeders;

    DemoStartup(ObjectProvider<DemoSeeder> seeders) {
        this.seeders = seeders;
    }

    @Override
    public void run(ApplicationArguments args) {
        List<DemoSeeder> ordered = seeders.orderedStream().toList();
        long started = System.nanoTime();
        for (DemoSeeder seeder : ordered) {
            long t = System.nanoTime();
            seeder.seed();
            log.info("Demo data \"{}\" ready in {} ms", seeder.name(), (System.nanoTime() - t) / 1_000_000);
        }
        log.info("Demo mode: {} seeders ran in {} ms", ordered.size(), (System.nanoTime() - started) / 1_000_000);
    }
}
