package vn.doanket.funds.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import vn.doanket.funds.DonorDisplay;
import vn.doanket.funds.statement.StatementLine;
import vn.doanket.platform.CsvRows;

/**
 * The import writes its keys and COPY rows straight as bytes; what it writes must be exactly what
 * the String-built versions wrote (the reference implementations below are those versions), or
 * re-imported files would not match and the search would find other words.
 */
class StatementRowBytesTests {

    static final List<String> EDGES = List.of(
            "",
            " ",
            "NGUYEN THI ANH ung ho 0491000123456 toi 1234567890123",
            "CT tu 0491000123456 NGUYEN VAN A toi 1500201113838 ung ho",
            "so TK12345678901 va 123456789X va 12345678 va 123456789",
            "MBVCB.123456789.ung ho.CT tu 0011004012345 PHAM B",
            "ung  ho\nbao\t\tlu\u001c\u00a0x",
            "Nguyễn Thị Ánh ủng hộ đồng bào 0491000123456",
            "ĐÌNH \"quoted\" text, with comma",
            "nul\0char",
            "emoji \uD83D\uDE00 and lone \uD800 x \uDC00 y",
            "\uD800 \uDC00",
            "a".repeat(150) + " " + "9".repeat(120) + " ab ab AB aB",
            "ung ho ung ho UNG HO 500000 500000");

    static List<String> texts() throws Exception {
        List<String> texts = new ArrayList<>(EDGES);
        for (String file : List.of(
                "agribank-1500201113838-20240901-20240912-part1.csv",
                "vietinbank-111602391111-20240910-20240912-part1.csv")) {
            try (InputStream in =
                    StatementRowBytesTests.class.getResourceAsStream("/reference/bank-statements/" + file)) {
                CsvRows.read(
                        new InputStreamReader(in, StandardCharsets.UTF_8),
                        row -> texts.add(row.get("TransactionDetails")));
            }
        }
        return texts;
    }

    @Test
    void searchWordsAreThoseOfPublicationForEveryDisplayAndText() throws Exception {
        List<String> texts = texts();
        Random random = new Random(3);
        ByteSink out = new ByteSink(64);
        for (int i = 0; i < texts.size(); i++) {
            String details = texts.get(i);
            String counterparty = random.nextInt(4) == 0 ? null : texts.get(random.nextInt(EDGES.size()));
            String donor = random.nextInt(3) == 0 ? "Trần Văn Bình" : random.nextBoolean() ? "TRAN VAN BINH" : null;
            String reference = random.nextInt(5) == 0 ? null : random.nextBoolean() ? "FT24254123456789" : "2871554";
            for (DonorDisplay display : DonorDisplay.values()) {
                out.reset();
                SearchWords.write(out, counterparty, donor, display, details, reference);
                assertThat(new String(out.toArray(), StandardCharsets.UTF_8))
                        .as("%s / %s / %s / %s", counterparty, donor, display, details)
                        .isEqualTo(Publication.searchWords(counterparty, donor, display, details, reference));
            }
        }
    }

    @Test
    void copyRowsAreTheCsvTheStringVersionWrote() throws Exception {
        List<String> texts = texts();
        Map<LocalDate, long[]> movements = new HashMap<>();
        Map<String, StatementLoader.Donor> donors = Map.of(
                "nguyen thi anh", new StatementLoader.Donor(7, "Nguyễn Thị Ánh", DonorDisplay.MASKED),
                "pham b", new StatementLoader.Donor(8, "Phạm B", DonorDisplay.ANONYMOUS));
        Random random = new Random(5);
        for (int i = 0; i < texts.size(); i++) {
            LocalDate day = LocalDate.of(2024, 9, 1).plusDays(i % 40);
            movements.put(day, new long[] {100 + i % 40, 200 + i % 40});
            String details = texts.get(i);
            String counterparty = random.nextInt(3) == 0
                    ? null
                    : random.nextBoolean() ? "NGUYEN THI ANH" : random.nextBoolean() ? "PHAM B" : "Lê \"X\"";
            boolean credit = random.nextBoolean();
            StatementLine l = new StatementLine(
                    i + 2,
                    i + 1,
                    day,
                    random.nextBoolean() ? null : LocalTime.of(random.nextInt(24), random.nextInt(60), i % 60),
                    random.nextInt(4) == 0 ? null : "R\"" + i,
                    credit ? 1 + random.nextInt(10_000_000) : 0,
                    credit ? 0 : 1 + random.nextInt(10_000_000),
                    random.nextBoolean() ? null : random.nextLong(),
                    counterparty,
                    details.length() > 3000 ? details : details + "x".repeat(i % 7 == 0 ? 2100 : 0));
            UUID key = UUID.randomUUID();
            ByteSink out = new ByteSink(16);
            StatementLineCopy.row(out, 41, 42, 43, l, key, movements, donors);
            assertThat(new String(out.toArray(), StandardCharsets.UTF_8))
                    .isEqualTo(new String(
                            stringRow(41, 42, 43, l, key, movements, donors).getBytes(StandardCharsets.UTF_8),
                            StandardCharsets.UTF_8));
        }
    }

    @Test
    void naturalKeysAreTheStringVersionsBytes() throws Exception {
        byte[] prefix = "agribank|1500201113838|".getBytes(StandardCharsets.UTF_8);
        for (String details : texts()) {
            for (String reference : java.util.Arrays.asList(null, "2871554", "Số 1")) {
                StatementLine l = new StatementLine(
                        2,
                        1,
                        LocalDate.of(2024, 9, 10),
                        reference == null ? LocalTime.of(12, 1, 29) : null,
                        reference,
                        150_000,
                        0,
                        reference == null ? null : 4_274_700L,
                        null,
                        details);
                assertThat(StatementLoader.naturalKeyBytes(prefix, l))
                        .isEqualTo(stringKey("agribank", "1500201113838", l).getBytes(StandardCharsets.UTF_8));
            }
        }
    }

    @Test
    void byteSinkWritesNumbersDatesAndUuidsAsTheirToString() {
        ByteSink out = new ByteSink(1);
        Random random = new Random(9);
        for (int i = 0; i < 10_000; i++) {
            long n =
                    switch (i % 4) {
                        case 0 -> random.nextLong();
                        case 1 -> random.nextInt(1000);
                        case 2 -> (long) Math.pow(10, i % 19) - (i % 3);
                        default -> i == 3 ? Long.MIN_VALUE : i == 7 ? Long.MAX_VALUE : -random.nextInt();
                    };
            LocalDate d = LocalDate.ofEpochDay(random.nextInt(3_000_000) - 800_000);
            UUID u = new UUID(random.nextLong(), random.nextLong());
            out.reset();
            out.number(n).ascii(' ').date(d).ascii(' ').uuid(u);
            assertThat(new String(out.toArray(), StandardCharsets.US_ASCII)).isEqualTo(n + " " + d + " " + u);
        }
    }

    /** The first version of the natural key. */
    static String stringKey(String bank, String accountNumber, StatementLine l) {
        return bank
                + '|'
                + accountNumber
                + '|'
                + l.date()
                + '|'
                + (l.time() == null ? "" : l.time())
                + '|'
                + (l.reference() == null ? "" : l.reference())
                + '|'
                + l.credit()
                + '|'
                + l.debit()
                + '|'
                + (l.balance() == null ? "" : l.balance())
                + '|'
                + collapseSpaces(l.details());
    }

    private static String collapseSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    /** The String version of a COPY row. */
    static String stringRow(
            long importId,
            long fundId,
            long accountId,
            StatementLine l,
            UUID key,
            Map<LocalDate, long[]> movements,
            Map<String, StatementLoader.Donor> donors) {
        StringBuilder out = new StringBuilder();
        StatementLoader.Donor donor = l.counterparty() == null
                ? null
                : donors.isEmpty() ? null : donors.get(Publication.fold(l.counterparty()));
        DonorDisplay display = donor == null ? DonorDisplay.NAMED : donor.display();
        long movement = movements.get(l.date())[l.credit() > 0 ? 0 : 1];
        out.append(importId)
                .append(',')
                .append(fundId)
                .append(',')
                .append(accountId)
                .append(',');
        out.append(movement).append(',').append(key).append(',').append(l.seq()).append(',');
        out.append(l.date()).append(',');
        if (l.time() != null) {
            out.append(l.time());
        }
        out.append(',');
        text(out, l.reference())
                .append(',')
                .append(l.credit())
                .append(',')
                .append(l.debit())
                .append(',');
        if (l.balance() != null) {
            out.append(l.balance());
        }
        out.append(',');
        text(out, l.counterparty()).append(',');
        text(out, LedgerWriter.truncate(l.details(), 2000)).append(',');
        if (donor != null) {
            out.append(donor.id());
        }
        out.append(',');
        out.append('"')
                .append(Publication.searchWords(
                        l.counterparty(), donor == null ? null : donor.name(), display, l.details(), l.reference()))
                .append(" 'a")
                .append(l.credit() + l.debit())
                .append("' 'd")
                .append(ChronoUnit.DAYS.between(LocalDate.of(2000, 1, 1), l.date()))
                .append("'\"\n");
        return out.toString();
    }

    private static StringBuilder text(StringBuilder out, String value) {
        if (value == null) {
            return out;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            if (c != '\0') {
                out.append(c);
            }
        }
        return out.append('"');
    }
}
