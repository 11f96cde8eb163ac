package vn.doanket.platform.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FlatJsonTests {

    private final JsonMapper jackson = JsonMapper.builder().build();

    @Test
    void writesASnapshotThatJacksonReadsBackUnchanged() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("indicator", "KDC_VAN_HOA");
        m.put("unit", "Xã Hồng Sơn \"mới\"\\ \n\t\u0001");
        m.put("value", new BigDecimal("72925000.5000"));
        m.put("version", 3);
        m.put("big", 12345678901L);
        m.put("answer", Boolean.TRUE);
        m.put("comment", null);

        String written = FlatJson.write(m);

        JsonNode read = jackson.readTree(written);
        assertThat(read.get("unit").asString()).isEqualTo("Xã Hồng Sơn \"mới\"\\ \n\t\u0001");
        assertThat(read.get("value").decimalValue()).isEqualByComparingTo("72925000.5");
        assertThat(read.get("version").asInt()).isEqualTo(3);
        assertThat(read.get("big").asLong()).isEqualTo(12345678901L);
        assertThat(read.get("answer").asBoolean()).isTrue();
        assertThat(read.get("comment").isNull()).isTrue();
        assertThat(written).startsWith("{\"indicator\":\"KDC_VAN_HOA\",");
    }

    @Test
    void writesAFormSnapshotOfListsAndMapsAsJacksonDoes() {
        Map<String, Object> value = new LinkedHashMap<>();
        value.put("indicator", "BLOOD_UNITS");
        value.put("option", "DEFAULT");
        value.put("value", new BigDecimal("12.5000"));
        value.put("comment", "ghi \"chú\"");
        value.put("version", 2);
        Map<String, Object> other = new LinkedHashMap<>(value);
        other.put("value", null);
        Map<String, Object> form = new LinkedHashMap<>();
        form.put("unit", "X01");
        form.put("period", "2026Q1");
        form.put("values", List.of(value, other));
        form.put("empty", List.of());

        String written = FlatJson.write(form);

        assertThat(jackson.readTree(written)).isEqualTo(jackson.readTree(jackson.writeValueAsString(form)));
        assertThat(written).contains("\"values\":[{\"indicator\":\"BLOOD_UNITS\"", "\"empty\":[]");
    }

    @Test
    void leavesOtherValuesToJackson() {
        assertThat(FlatJson.write(Map.of("list", List.of(1, java.time.LocalDate.of(2026, 1, 1)))))
                .isNull();
        assertThat(FlatJson.write(Map.of("nested", Map.of(1, "not a name")))).isNull();
        assertThat(FlatJson.write(Map.of(1, "not a name"))).isNull();
    }

    @Test
    void writesLargeAndSmallDecimalsWithoutExponent() {
        assertThat(FlatJson.write(Map.of("v", new BigDecimal("1E+9")))).isEqualTo("{\"v\":1000000000}");
        assertThat(FlatJson.write(Map.of("v", new BigDecimal("0.0001")))).isEqualTo("{\"v\":0.0001}");
    }
}
