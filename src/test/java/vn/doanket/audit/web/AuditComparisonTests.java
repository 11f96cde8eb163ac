package vn.doanket.audit.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import vn.doanket.audit.web.AuditComparison.Line;
import vn.doanket.audit.web.AuditComparison.Result;

class AuditComparisonTests {

    final ObjectMapper json = JsonMapper.builder().build();

    final UnaryOperator<String> keys = UnaryOperator.identity();

    @Test
    void aFormSavedWholeShowsOnlyTheValuesThatChangedNamedByIndicatorAndOption() {
        String before =
                """
                {"unit":"00004","period":"2025Q3","values":[
                  {"indicator":"VOTER_MEETINGS","option":"DEFAULT","value":12,"comment":null,"version":1},
                  {"indicator":"BLOOD_UNITS","option":"NAM","value":40,"comment":null,"version":2},
                  {"indicator":"BLOOD_UNITS","option":"NU","value":35,"comment":"ước tính","version":1}]}""";
        // the list comes back in another order: items are matched by what they are, not by their place
        String after =
                """
                {"unit":"00004","period":"2025Q3","values":[
                  {"indicator":"BLOOD_UNITS","option":"NU","value":35,"comment":null,"version":2},
                  {"indicator":"VOTER_MEETINGS","option":"DEFAULT","value":12,"comment":null,"version":1},
                  {"indicator":"BLOOD_UNITS","option":"NAM","value":41,"comment":null,"version":3}]}""";
        Result r = AuditComparison.compare(json, before, after, keys);
        assertThat(r.raw()).isFalse();
        assertThat(r.side()).isEqualTo("both");
        assertThat(r.lines())
                .containsExactly(
                        new Line("values [BLOOD_UNITS / NAM] › value", "40", "41"),
                        new Line("values [BLOOD_UNITS / NAM] › version", "2", "3"),
                        new Line("values [BLOOD_UNITS / NU] › comment", "ước tính", ""),
                        new Line("values [BLOOD_UNITS / NU] › version", "1", "2"));
        // unit, period, and per item indicator, option, value, comment, version: 2 + 3 × 5 = 17 fields, 4 changed
        assertThat(r.unchanged()).isEqualTo(13);
        assertThat(r.changed()).isEqualTo(4);
    }

    @Test
    void aNewRecordListsEveryFieldAsAddedAndARemovedOneAsGone() {
        Result created = AuditComparison.compare(
                json, null, "{\"code\":\"A1\",\"note\":null,\"text\":\"\",\"levels\":[\"COMMUNE\"]}", keys);
        // an empty field says nothing, so a new record lists only the fields that have something
        assertThat(created.lines())
                .containsExactly(new Line("code", null, "A1"), new Line("levels [COMMUNE]", null, "COMMUNE"));
        assertThat(created.side()).isEqualTo("after");

        Result removed = AuditComparison.compare(json, "{\"code\":\"A1\",\"levels\":[]}", null, keys);
        assertThat(removed.lines()).containsExactly(new Line("code", "A1", null), new Line("levels", "[]", null));
        assertThat(removed.side()).isEqualTo("before");
    }

    @Test
    void fieldNamesAreTheReadersAndNestedOnesAreJoined() {
        UnaryOperator<String> vi = k -> switch (k) {
            case "values" -> "các giá trị";
            case "value" -> "giá trị";
            default -> k;
        };
        Result r = AuditComparison.compare(
                json,
                "{\"values\":[{\"indicator\":\"X\",\"value\":1}],\"limit\":{\"max\":5}}",
                "{\"values\":[{\"indicator\":\"X\",\"value\":2}],\"limit\":{\"max\":6}}",
                vi);
        assertThat(r.lines()).extracting(Line::field).containsExactly("các giá trị [X] › giá trị", "limit › max");
    }

    @Test
    void aLongListShowsTheFirstChangesAndCountsTheRest() {
        StringBuilder before = new StringBuilder("[");
        StringBuilder after = new StringBuilder("[");
        int n = AuditComparison.MAX_LINES + 25;
        for (int i = 0; i < n; i++) {
            before.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"amount\":1}");
            after.append(i == 0 ? "" : ",").append("{\"id\":").append(i).append(",\"amount\":2}");
        }
        Result r = AuditComparison.compare(
                json, before.append(']').toString(), after.append(']').toString(), keys);
        assertThat(r.lines()).hasSize(AuditComparison.MAX_LINES);
        assertThat(r.hidden()).isEqualTo(25);
        assertThat(r.changed()).isEqualTo(n);
        assertThat(r.lines().get(0)).isEqualTo(new Line("[0] › amount", "1", "2"));
    }

    @Test
    void twoItemsWithOneNameAreBothCompared() {
        Result r = AuditComparison.compare(
                json,
                "[{\"code\":\"A\",\"n\":1},{\"code\":\"A\",\"n\":2}]",
                "[{\"code\":\"A\",\"n\":1},{\"code\":\"A\",\"n\":3}]",
                keys);
        assertThat(r.lines()).containsExactly(new Line("[A #2] › n", "2", "3"));
    }

    @Test
    void aRecordThatIsNotJsonIsShownAsItIs() {
        Result r = AuditComparison.compare(json, "not json {", "{}", keys);
        assertThat(r.raw()).isTrue();
        assertThat(r.lines()).containsExactly(new Line("", "not json {", "{}"));
    }
}
