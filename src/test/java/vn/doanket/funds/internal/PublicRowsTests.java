package vn.doanket.funds.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import vn.doanket.funds.PublicTransaction;

/** A public line packed for the index comes back whole, and its JSON reads back as the same values. */
class PublicRowsTests {

    static final PublicTransaction[] LINES = {
        new PublicTransaction(
                7,
                LocalDate.of(2024, 9, 10),
                LocalTime.of(14, 5, 9),
                "FT24254",
                "NGUYỄN THỊ ANH",
                "ung ho \"Yagi\" \\ C:\\ tab\there\nnewline \u0001 **********195",
                500_000,
                0,
                PublicTransaction.Source.STATEMENT,
                false),
        new PublicTransaction(
                123,
                LocalDate.of(2024, 9, 11),
                null,
                null,
                "Nhà hảo tâm ẩn danh",
                "",
                0,
                4_567,
                PublicTransaction.Source.STATEMENT,
                true),
        new PublicTransaction(
                9_876_543_210L,
                LocalDate.of(1999, 12, 31),
                LocalTime.MIDNIGHT,
                "000123/BN",
                "",
                null,
                3_000_000_000L,
                1,
                PublicTransaction.Source.GIFT,
                true)
    };

    @Test
    void aPackedLineComesBackWhole() {
        for (PublicTransaction t : LINES) {
            byte[] row = PublicRows.encode(t);
            assertThat(PublicRows.decode(PublicRows.key(t), PublicRows.day(t.date()), t.credit() + t.debit(), row))
                    .isEqualTo(t);
        }
    }

    @Test
    void numbersAreWrittenInDecimalLikeLongToString() {
        for (long v : new long[] {0, 7, 10, 99, 100, 123_456_789, -1, -500_000, Long.MAX_VALUE, Long.MIN_VALUE}) {
            PublicRows.Json out = new PublicRows.Json(1);
            out.number(v);
            assertThat(new String(out.toByteArray(), java.nio.charset.StandardCharsets.US_ASCII))
                    .isEqualTo(Long.toString(v));
        }
    }

    @Test
    void itsJsonReadsBackAsTheSameValues() {
        JsonMapper mapper = JsonMapper.builder().build();
        for (PublicTransaction t : LINES) {
            PublicRows.Json out = new PublicRows.Json(4);
            PublicRows.writeJson(
                    out, PublicRows.key(t), PublicRows.day(t.date()), t.credit() + t.debit(), PublicRows.encode(t));
            JsonNode n = mapper.readTree(out.toByteArray());
            assertThat(n.get("id").asLong()).isEqualTo(t.id());
            assertThat(n.get("date").asString()).isEqualTo(t.date().toString());
            assertThat(n.get("time").isNull()).isEqualTo(t.time() == null);
            if (t.time() != null) {
                assertThat(LocalTime.parse(n.get("time").asString())).isEqualTo(t.time());
            }
            assertThat(n.get("reference").isNull() ? null : n.get("reference").asString())
                    .isEqualTo(t.reference());
            assertThat(n.get("name").asString()).isEqualTo(t.name());
            assertThat(n.get("details").isNull() ? null : n.get("details").asString())
                    .isEqualTo(t.details());
            assertThat(n.get("credit").asLong()).isEqualTo(t.credit());
            assertThat(n.get("debit").asLong()).isEqualTo(t.debit());
            assertThat(n.get("source").asString()).isEqualTo(t.source().name());
            assertThat(n.get("reversed").asBoolean()).isEqualTo(t.reversed());
        }
    }
}
