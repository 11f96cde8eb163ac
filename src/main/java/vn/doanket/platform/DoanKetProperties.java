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
            @DefaultValue("false") boolean cleanEmbedded) {
        public boolean external() {
            return url != null && !url.isBlank();
        }
    }

    public record Demo(@DefaultValue("false") boolean enabled, @DefaultValue("false") boolean allowExternalDb) {}
}
