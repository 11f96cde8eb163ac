package vn.doanket.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CsvRowsTests {

    @Test
    void readsQuotesLineBreaksAndLineNumbersAsRfc4180() {
        String csv = "\uFEFFa,b,c\r\n"
                + "1,\"x, \"\"y\"\"\",plain\"quote\r\n"
                + "2,\"two\nlines\",\r\n"
                + "\n"
                + "3,,\"\"\n"
                + "4,  spaced  ,\uFEFFbom\n"
                + "5,last,no break";
        List<CsvRows.Row> rows = new ArrayList<>();
        List<String> header = CsvRows.read(new StringReader(csv), rows::add);

        assertThat(header).containsExactly("a", "b", "c");
        assertThat(rows).extracting(CsvRows.Row::line).containsExactly(2, 3, 6, 7, 8);
        assertThat(rows.get(0).fields())
                .containsExactly(
                        java.util.Map.entry("a", "1"),
                        java.util.Map.entry("b", "x, \"y\""),
                        java.util.Map.entry("c", "plain\"quote"));
        assertThat(rows.get(1).get("b")).isEqualTo("two\nlines");
        assertThat(rows.get(1).get("c")).isEmpty();
        assertThat(rows.get(2).fields().get("b")).isEmpty();
        assertThat(rows.get(2).fields().get("c")).isEmpty();
        assertThat(rows.get(3).fields().get("b")).isEqualTo("  spaced  ");
        assertThat(rows.get(3).get("b")).isEqualTo("spaced");
        assertThat(rows.get(3).get("c")).isEqualTo("\uFEFFbom");
        assertThat(rows.get(4).get("c")).isEqualTo("no break");
        assertThat(rows.get(4).fieldCount()).isEqualTo(3);
    }

    @Test
    void readsTextAlreadyInMemoryTheSameWay() {
        String csv = "h1,h2\nA,\"B\"\"\"\n";
        List<CsvRows.Row> fromArray = new ArrayList<>();
        char[] text = (csv + "ignored").toCharArray();
        CsvRows.read(text, csv.length(), fromArray::add);
        assertThat(fromArray).hasSize(1);
        assertThat(fromArray.get(0).fields()).containsEntry("h1", "A").containsEntry("h2", "B\"");
    }
}
