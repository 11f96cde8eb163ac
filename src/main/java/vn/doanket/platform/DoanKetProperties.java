package vn.doanket.platform;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Settings under {@code doanket.*}; the environment variables that feed them are in application.properties. */
@ConfigurationProperties("doanket")
public record DoanKetProperties(@DefaultValue("./data") Path dataDir, @DefaultValue Db db, @DefaultValue Demo demo) {

    public record Db(
            String url,
            @DefaultValue("doanket") String user,
            String password,
            @DefaultValue("false") boolean cleanEmbedded,
            Boolean durableEmbedded) {
        public boolean external() {
            return url != null && !url.isBlank();
        }

        /**
         * Whether the embedded server flushes each commit to disk before answering ({@code fsync} and
         * {@code synchronous_commit} on). By default it does, unless its data is wiped at each start (the
         * tests' throwaway database, where a lost commit costs nothing). Benchmarks set it to measure
         * saves as a real server makes them, on a throwaway database.
         */
        public boolean durable() {
            return durableEmbedded != null ? durableEmbedded : !cleanEmbedded;
        }
    }

    public record Demo(@DefaultValue("false") boolean enabled, @DefaultValue("false") boolean allowExternalDb) {}
}
