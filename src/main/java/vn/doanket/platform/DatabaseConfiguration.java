package vn.doanket.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The one place that decides which PostgreSQL the app talks to: the server named by
 * DOANKET_DB_URL, or else an embedded one whose files live under the data directory.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DoanKetProperties.class)
class DatabaseConfiguration {

    @Bean
    DataSource dataSource(DoanKetProperties props, org.springframework.core.env.Environment env) {
        HikariConfig config = new HikariConfig();
        config.setPoolName("doanket");
        // the standard Boot property, which this hand-built pool would otherwise ignore silently
        config.setMaximumPoolSize(env.getProperty("spring.datasource.hikari.maximum-pool-size", Integer.class, 20));
        config.setConnectionTimeout(10_000);
        if (props.db().external()) {
            config.setJdbcUrl(props.db().url());
            config.setUsername(props.db().user());
            config.setPassword(props.db().password());
            config.addDataSourceProperty("reWriteBatchedInserts", "true");
            config.addDataSourceProperty("stringtype", "unspecified");
        } else {
            config.setDataSource(EmbeddedDatabase.start(
                    props.dataDir(), props.db().cleanEmbedded(), props.db().durable()));
        }
        return new HikariDataSource(config);
    }
}
