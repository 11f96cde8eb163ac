package vn.doanket.funds;

/**
 * Amounts written out the way receipts and payment orders do: 5.000.000 → "Năm triệu đồng",
 * 1.005.021 → "Một triệu không trăm linh năm nghìn không trăm hai mươi mốt đồng". A group of three
 * digits after the first one is read in full ("không trăm linh năm") so no digit can be misread.
 */
public final class AmountInWords {

    private static final String[] DIGITS = {"không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};
    private static final String[] SCALES = {"", "nghìn", "triệu", "tỷ", "nghìn tỷ", "triệu tỷ", "tỷ tỷ"};

    private AmountInWords() {}

    /** The amount in words with a capital letter and "đồng"; negative amounts start with "Âm". */
    public static String dong(long amount) {
        String words = amount < 0 ? "âm " + number(-amount) : number(amount);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1) + " đồng";
    }

    /** The number in lower-case words, without the currency. */
    public static String number(long n) {
        if (n == 0) {
            return DIGITS[0];
        }
        if (n < 0) {
            throw new IllegalArgumentException("negative: " + n);
        }
        int[] groups = new int[SCALES.length];
        int count = 0;
        long rest = n;
        while (rest > 0) {
            groups[count++] = (int) (rest % 1000);
            rest /= 1000;
        }
        StringBuilder out = new StringBuilder();
        for (int g = count - 1; g >= 0; g--) {
            if (groups[g] == 0) {
                continue;
            }
            if (!out.isEmpty()) {
                out.append(' ');
            }
            out.append(group(groups[g], g != count - 1));
            if (!SCALES[g].isEmpty()) {
                out.append(' ').append(SCALES[g]);
            }
        }
        return out.toString();
    }

    /** One group of three digits; {@code full} reads the hundreds and "linh" even when they are zero. */
    static String group(int value, boolean full) {
        int h = value / 100;
        int t = value / 10 % 10;
        int u = value % 10;
        StringBuilder s = new StringBuilder();
        if (h > 0 || full) {
            s.append(DIGITS[h]).append(" trăm");
        }
        if (t == 0) {
            if (u > 0) {
                append(s, s.isEmpty() ? DIGITS[u] : "linh " + DIGITS[u]);
            }
        } else if (t == 1) {
            append(s, "mười");
            if (u > 0) {
                append(s, u == 5 ? "lăm" : DIGITS[u]);
            }
        } else {
            append(s, DIGITS[t] + " mươi");
            if (u > 0) {
                append(s, u == 1 ? "mốt" : u == 5 ? "lăm" : DIGITS[u]);
            }
        }
        return s.toString();
    }

    private static void append(StringBuilder s, String word) {
        if (!s.isEmpty()) {
            s.append(' ');
        }
        s.append(word);
    }
}
