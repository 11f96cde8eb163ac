package vn.doanket.funds;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class AmountInWordsTests {

    @Test
    void writesRoundAmountsAsOnAReceipt() {
        assertThat(AmountInWords.dong(5_000_000)).isEqualTo("Năm triệu đồng");
        assertThat(AmountInWords.dong(1_000_000_000)).isEqualTo("Một tỷ đồng");
        assertThat(AmountInWords.dong(1_200_000)).isEqualTo("Một triệu hai trăm nghìn đồng");
        assertThat(AmountInWords.dong(0)).isEqualTo("Không đồng");
    }

    @Test
    void usesMuoiLamMotAndLinhTheVietnameseWay() {
        assertThat(AmountInWords.number(11)).isEqualTo("mười một");
        assertThat(AmountInWords.number(15)).isEqualTo("mười lăm");
        assertThat(AmountInWords.number(21)).isEqualTo("hai mươi mốt");
        assertThat(AmountInWords.number(25)).isEqualTo("hai mươi lăm");
        assertThat(AmountInWords.number(30)).isEqualTo("ba mươi");
        assertThat(AmountInWords.number(105)).isEqualTo("một trăm linh năm");
        assertThat(AmountInWords.number(110)).isEqualTo("một trăm mười");
        assertThat(AmountInWords.number(250_500)).isEqualTo("hai trăm năm mươi nghìn năm trăm");
    }

    @Test
    void readsZeroHundredsInsideTheNumberSoNoDigitIsLost() {
        assertThat(AmountInWords.dong(1_005_021))
                .isEqualTo("Một triệu không trăm linh năm nghìn không trăm hai mươi mốt đồng");
        assertThat(AmountInWords.dong(2_000_050)).isEqualTo("Hai triệu không trăm năm mươi đồng");
        assertThat(AmountInWords.dong(5_239_216_855L))
                .isEqualTo("Năm tỷ hai trăm ba mươi chín triệu hai trăm mười sáu nghìn tám trăm năm mươi lăm đồng");
    }
}
