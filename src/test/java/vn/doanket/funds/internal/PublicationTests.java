package vn.doanket.funds.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Masking account numbers by one scan gives exactly what the regular expression it replaced gave. */
class PublicationTests {

    /** The specification: what masking did before it was one scan. */
    private static final Pattern ACCOUNT_NUMBER = Pattern.compile("(?<![A-Za-z0-9])\\d{6,}(\\d{3})(?![A-Za-z0-9])");

    private static String byExpression(String text) {
        return ACCOUNT_NUMBER.matcher(text).replaceAll(m -> "*".repeat(m.group().length() - 3) + m.group(1));
    }

    @Test
    void masksAccountNumbersLikeTheExpression() {
        String[] samples = {
            "CK 0123456789 ung ho",
            "1500201113838",
            "TK 1500201113838, 12345678 va 123456789.",
            "FT24254123456789 ma GD",
            "so123456789",
            "123456789abc",
            "đ123456789 x",
            "(123456789012)-987654321",
            "",
            "12345678",
            "Lê Văn A chuyển 100000000000 đồng"
        };
        for (String s : samples) {
            assertThat(Publication.maskAccounts(s)).as(s).isEqualTo(byExpression(s));
        }
        assertThat(Publication.maskAccounts("CK 0123456789 ung ho")).isEqualTo("CK *******789 ung ho");
        Random random = new Random(9);
        String alphabet = "0123456789aZ đ.-_ /\u00e9";
        for (int k = 0; k < 20_000; k++) {
            StringBuilder b = new StringBuilder();
            for (int i = random.nextInt(40); i > 0; i--) {
                // long runs of digits, now and then a letter or a separator
                b.append(
                        random.nextInt(3) > 0
                                ? (char) ('0' + random.nextInt(10))
                                : alphabet.charAt(random.nextInt(alphabet.length())));
            }
            String s = b.toString();
            assertThat(Publication.maskAccounts(s)).as(s).isEqualTo(byExpression(s));
        }
    }
}
