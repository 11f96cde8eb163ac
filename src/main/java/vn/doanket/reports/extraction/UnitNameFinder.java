package vn.doanket.reports.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the administrative units a text names: "tỉnh Bắc Kạn", "phường Bình Ngọc", "xã Hồng Sơn". */
public final class UnitNameFinder {

    private static final Pattern UNIT = Pattern.compile("(?<!\\p{L})((?iu:tỉnh|thành phố|huyện|quận|thị xã|thị trấn"
            + "|xã|phường|đặc khu))\\s+(\\p{Lu}\\p{Ll}*(?:[ \\t]+\\p{Lu}\\p{Ll}*){0,3})");

    public List<Mention> find(TextView text) {
        List<Mention> found = new ArrayList<>();
        Matcher m = UNIT.matcher(text.original());
        while (m.find()) {
            String name = m.group(1).toLowerCase(java.util.Locale.ROOT) + " " + m.group(2);
            found.add(new Mention(m.start(), m.end(), name, m.group()));
        }
        return found;
    }
}
