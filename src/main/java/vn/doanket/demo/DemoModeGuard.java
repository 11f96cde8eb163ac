package vn.doanket.demo;

import org.springframework.beans.factory.config.BeanFactoryPostProcessor;
import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import vn.doanket.platform.DoanKetProperties;

/**
 * Refuses demo mode on an external database before any bean (the data source, Flyway, the loaders)
 * is created, so nothing is written to a real server by mistake. A bean factory post-processor is
 * the earliest point a plain component can act.
 */
@Component
class DemoModeGuard implements BeanFactoryPostProcessor, EnvironmentAware {

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {
        check(Binder.get(environment).bindOrCreate("doanket", DoanKetProperties.class));
    }

    static void check(DoanKetProperties props) {
        if (props.demo().enabled() && props.db().external() && !props.demo().allowExternalDb()) {
            throw new DemoModeRefusedException();
        }
    }
}
