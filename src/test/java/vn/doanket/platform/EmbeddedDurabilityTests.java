package vn.doanket.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/** Whether the embedded PostgreSQL flushes commits to disk follows from how its data is kept. */
class EmbeddedDurabilityTests {

    private static DoanKetProperties.Db db(boolean clean, Boolean durable) {
        return new DoanKetProperties.Db(null, "doanket", null, clean, durable);
    }

    @Test
    void kept_data_is_flushed_and_throwaway_data_is_not_unless_asked() {
        assertThat(db(false, null).durable()).as("the app's own ./data").isTrue();
        assertThat(db(true, null).durable()).as("the tests' wiped database").isFalse();
        assertThat(db(true, true).durable())
                .as("a benchmark on a wiped database")
                .isTrue();
        assertThat(db(false, false).durable()).as("asked explicitly").isFalse();
    }

    @Test
    void a_durable_server_waits_for_the_disk_at_each_commit() throws Exception {
        // a server of its own (wiped, like the bench's), not the tests' shared one, which is not durable
        DataSource durable = EmbeddedDatabase.start(Path.of("target/durability-test"), true, true);
        try (Connection c = durable.getConnection();
                Statement st = c.createStatement();
                ResultSet rs = st.executeQuery("select current_setting('fsync'), current_setting('synchronous_commit'),"
                        + " current_setting('wal_init_zero')")) {
            assertThat(rs.next()).isTrue();
            assertThat(rs.getString(1)).isEqualTo("on");
            assertThat(rs.getString(2)).isEqualTo("on");
            // a new log segment is created sparse, not zero-filled and synced while commits wait for it
            assertThat(rs.getString(3)).isEqualTo("off");
        }
    }
}
