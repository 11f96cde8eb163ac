package vn.doanket.funds.statement;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.springframework.stereotype.Component;
import vn.doanket.platform.CsvRows;

/**
 * Reads a whole statement file before anything is written, so a bad row stops the import with a
 * message naming it and nothing half-imported.
 */
@Component
public class StatementParser {

    private final Map<String, StatementFormat> formats;

    StatementParser(List<StatementFormat> formats) {
        this.formats = formats.stream()
                .collect(Collectors.toMap(StatementFormat::bank, Function.identity(), (a, b) -> a, TreeMap::new));
    }

    public List<String> banks() {
        return List.copyOf(formats.keySet());
    }

    public StatementFormat format(String bank) {
        StatementFormat f = bank == null ? null : formats.get(bank.strip().toLowerCase(Locale.ROOT));
        if (f == null) {
            throw new StatementException(
                    "error.funds.statement.bank-unsupported",
                    String.valueOf(bank),
                    String.join(", ", formats.keySet()));
        }
        return f;
    }

    public record Parsed(StatementFormat format, List<StatementLine> lines) {}

    public Parsed parse(String bank, byte[] content) {
        StatementFormat format = format(bank);
        if (content == null || content.length == 0) {
            throw new StatementException("error.funds.statement.empty");
        }
        if (XlsxStatements.isZip(content)) {
            return XlsxStatements.read(format, content);
        }
        if (XlsxStatements.isOle2(content)) {
            throw new StatementException("error.funds.statement.old-excel");
        }
        CharsetDecoder utf8 = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        List<CsvRows.Row> rows = new ArrayList<>(content.length / 100);
        List<String> header;
        CharBuffer text;
        try {
            // decoded in one pass straight into the array the reader scans
            text = utf8.decode(ByteBuffer.wrap(content));
        } catch (CharacterCodingException e) {
            throw new StatementException("error.funds.statement.not-utf8");
        }
        header = CsvRows.read(text.array(), text.limit(), row -> {
            if (rows.isEmpty()) {
                requireColumns(format, row.fields().keySet());
            }
            rows.add(row);
        });
        requireColumns(format, header);
        if (rows.isEmpty()) {
            throw new StatementException("error.funds.statement.no-transactions");
        }
        return new Parsed(format, lines(format, rows));
    }

    /**
     * Reads the values of every record on all cores. When several rows are bad, the message names the
     * first of them, as a reading from top to bottom would.
     */
    private static List<StatementLine> lines(StatementFormat format, List<CsvRows.Row> rows) {
        StatementLine[] lines = new StatementLine[rows.size()];
        StatementException[] errors = new StatementException[rows.size()];
        IntStream.range(0, rows.size()).parallel().forEach(i -> {
            try {
                lines[i] = format.parse(rows.get(i), i + 1);
            } catch (StatementException e) {
                errors[i] = e;
            }
        });
        for (StatementException e : errors) {
            if (e != null) {
                throw e;
            }
        }
        return Arrays.asList(lines);
    }

    private static void requireColumns(StatementFormat format, java.util.Collection<String> header) {
        List<String> missing = format.requiredColumns().stream()
                .filter(c -> !header.contains(c))
                .toList();
        if (!missing.isEmpty()) {
            throw new StatementException(
                    "error.funds.statement.missing-columns", format.bank(), String.join(", ", missing));
        }
    }
}
