package vn.doanket.funds;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;

/** Money the Vietnamese way: 5.239.216.855 đ. */
public final class Money {

    private Money() {}

    public static String format(long dong) {
        return digits(dong) + " đ";
    }

    public static String digits(long dong) {
        DecimalFormatSymbols symbols = new DecimalFormatSymbols();
        symbols.setGroupingSeparator('.');
        symbols.setMinusSign('-');
        return new DecimalFormat("#,##0", symbols).format(dong);
    }
}
