package vn.doanket.platform;

import static org.assertj.core.api.Assertions.assertThat;

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
}
