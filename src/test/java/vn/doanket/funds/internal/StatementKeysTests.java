package vn.doanket.funds.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.doanket.funds.statement.StatementLine;

/**
 * Lines imported by any version must keep their natural keys, or re-importing an old statement
 * would add it twice: the parallel key computation gives exactly the first version's keys.
 */
class StatementKeysTests {

    @Test
    void keysAreTheNaturalKeyWithItsOccurrenceNumberHashedAsAVersion3Uuid() {
        StatementLine a = new StatementLine(
                2,
                1,
                LocalDate.of(2024, 9, 10),
                null,
                "2871554",
                150_000,
                0,
                4_274_700L,
                "NGUYEN VAN A",
                "ung  ho\nbao lu");
        StatementLine same = new StatementLine(
                3,
                2,
                LocalDate.of(2024, 9, 10),
                null,
                "2871554",
                150_000,
                0,
                4_274_700L,
                "NGUYEN VAN A",
                "ung ho bao lu");
        StatementLine other = new StatementLine(
                4, 3, LocalDate.of(2024, 9, 10), LocalTime.of(12, 1, 29), null, 0, 10_000, null, null, "phí");

        UUID[] keys = StatementLoader.keys("agribank", "1500201113838", List.of(a, same, other));

        String base = "agribank|1500201113838|2024-09-10||2871554|150000|0|4274700|ung ho bao lu";
        assertThat(keys[0]).isEqualTo(UUID.nameUUIDFromBytes((base + "#1").getBytes(StandardCharsets.UTF_8)));
        assertThat(keys[1]).isEqualTo(UUID.nameUUIDFromBytes((base + "#2").getBytes(StandardCharsets.UTF_8)));
        assertThat(keys[2])
                .isEqualTo(UUID.nameUUIDFromBytes(
                        "agribank|1500201113838|2024-09-10|12:01:29||0|10000||phí#1".getBytes(StandardCharsets.UTF_8)));
        for (String s : List.of("", "x", "Nguyễn Thị Anh", "a".repeat(1000))) {
            byte[] bytes = s.getBytes(StandardCharsets.UTF_8);
            assertThat(StatementLoader.nameUuid(bytes)).isEqualTo(UUID.nameUUIDFromBytes(bytes));
        }
    }
}
