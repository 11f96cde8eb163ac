package vn.doanket.funds.statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The two real layouts, read from a few of their real rows. */
class StatementFormatsTests {

    static final String HEADER =
            "PageId,Date,Time,DocumentNumber,ReferenceNumber,TransactionDetails,DebitAmount,CreditAmount,Balance,OffsetAccount\n";

    final StatementParser parser = new StatementParser(List.of(new AgribankFormat(), new VietinbankFormat()));

    @Test
    void readsAgribankRowsWithTheirRunningBalanceAndTheSendersName() {
        String csv = HEADER
                + "1,09/09/2024,,,1375649,NGUYEN THI ANH ung ho dong bao bao lu thien tai .,,\"500,000\",\"524,700\",\n"
                + "1,10/09/2024,,,2871554,MBVCB.6987707712.858421.ung ho cac tinh bi bao lu.CT tu 0491000183195 NGUYEN THI VAN"
                + " ANH toi 1500201113838 uy Ban Mat Tran To Quoc Viet Nam TP Ha Noi tai AGRIBANK,,\"150,000\",\"674,700\",\n";
        List<StatementLine> lines =
                parser.parse("Agribank", csv.getBytes(StandardCharsets.UTF_8)).lines();

        assertThat(lines).hasSize(2);
        StatementLine first = lines.get(0);
        assertThat(first.date()).isEqualTo(LocalDate.of(2024, 9, 9));
        assertThat(first.reference()).isEqualTo("1375649");
        assertThat(first.credit()).isEqualTo(500_000);
        assertThat(first.balance()).isEqualTo(524_700);
        assertThat(first.counterparty()).isEqualTo("NGUYEN THI ANH");
        assertThat(lines.get(1).counterparty()).isEqualTo("NGUYEN THI VAN ANH");
        assertThat(lines.get(1).row()).isEqualTo(3);
    }

    @Test
    void readsVietinbankRowsWhoseTextSpansLines() {
        String csv = HEADER
                + "1,10/09/2024,12:01:29,,,\"CT nhanh 247 den: TRAN TIEN ANH chuyen\ntien ung ho nguoi dan vung bao lu\",,"
                + "\"300,000\",,TRAN TIEN ANH – A/C\n"
                + "1,10/09/2024,14:10:24,,,UNG HO,,\"10,000\",,\"TIEN MAT, VANG TIEN TE TAI DON VI\n– A/C\"\n"
                + "1,10/09/2024,13:37:09,,,\"Chuyen tien den tu NAPAS Noi dung: NGUYEN\nTHU BINH chuyen ung ho\",,\"100,000\",,"
                + "VND-TGTT-NGUYEN THU BINH – A/C\n";
        List<StatementLine> lines =
                parser.parse("vietinbank", csv.getBytes(StandardCharsets.UTF_8)).lines();

        assertThat(lines).extracting(StatementLine::row).containsExactly(2, 4, 6);
        assertThat(lines.get(0).details())
                .isEqualTo("CT nhanh 247 den: TRAN TIEN ANH chuyen\ntien ung ho nguoi dan vung bao lu");
        assertThat(lines.get(0).time()).isEqualTo(LocalTime.of(12, 1, 29));
        assertThat(lines.get(0).balance()).isNull();
        assertThat(lines)
                .extracting(StatementLine::counterparty)
                .containsExactly("TRAN TIEN ANH", null, "NGUYEN THU BINH");
    }

    @Test
    void namesTheRowOfAnAmountThatIsNotANumber() {
        String csv = HEADER + "1,09/09/2024,,,1,A,,\"500,000\",\"524,700\",\n"
                + "1,09/09/2024,,,2,B,,\"1.5tr\",\"524,700\",\n";
        assertThatThrownBy(() -> parser.parse("agribank", csv.getBytes(StandardCharsets.UTF_8)))
                .isInstanceOf(StatementException.class)
                .hasMessage("Dòng 3: cột CreditAmount có giá trị \"1.5tr\" không phải là số tiền (cần dạng 1,234,567).")
                .satisfies(e -> assertThat(XlsxStatementsTests.english((StatementException) e))
                        .isEqualTo("Line 3: column CreditAmount holds \"1.5tr\", which is not an amount"
                                + " (write it like 1,234,567)."));
    }

    @Test
    void readsAmountsAndDatesTheWayBanksPrintThemAndNamesTheRowOfABadOne() {
        assertThat(Amounts.money("1,234,567", "CreditAmount", 2)).isEqualTo(1_234_567);
        assertThat(Amounts.money(" 500000 ", "CreditAmount", 2)).isEqualTo(500_000);
        assertThat(Amounts.money("12,345.00", "CreditAmount", 2)).isEqualTo(12_345);
        assertThat(Amounts.money("", "CreditAmount", 2)).isZero();
        for (String bad : List.of("1,23,456", ",123", "1234,567", "1,234,", "1.5tr", "-500", "12 345")) {
            assertThatThrownBy(() -> Amounts.money(bad, "DebitAmount", 7))
                    .as(bad)
                    .hasMessageContaining("Dòng 7")
                    .hasMessageContaining("DebitAmount");
        }
        assertThatThrownBy(() -> Amounts.money("9,999,999,999,999,999,999", "Balance", 9))
                .hasMessageContaining("quá lớn");
        assertThat(Amounts.date("29/02/2024", 2)).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(Amounts.date(" 10/09/2024 ", 2)).isEqualTo(LocalDate.of(2024, 9, 10));
        for (String bad : List.of("29/02/2023", "31/04/2024", "00/01/2024", "10/13/2024", "2024-09-10", "1/9/2024")) {
            assertThatThrownBy(() -> Amounts.date(bad, 4)).as(bad).hasMessageContaining("Dòng 4");
        }
    }

    @Test
    void refusesAnUnknownBankNamingTheSupportedOnes() {
        assertThatThrownBy(() -> parser.parse("techcombank", HEADER.getBytes(StandardCharsets.UTF_8)))
                .hasMessageContaining("techcombank")
                .hasMessageContaining("agribank, vietinbank");
    }
}
