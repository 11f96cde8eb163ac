package vn.doanket.indicators;

import java.util.Optional;
import java.util.Set;
import vn.doanket.platform.TextFolding;

/** Yes/no answers as typed or exported: “Có”, “không”, “x”, “true”, “1”… */
final class YesNo {

    private static final Set<String> YES = Set.of("co", "c", "yes", "y", "true", "1", "x", "da", "roi", "dat");
    private static final Set<String> NO = Set.of("khong", "k", "ko", "no", "n", "false", "0", "chua");

    private YesNo() {}

    static Optional<Boolean> parse(String raw) {
        String folded = TextFolding.fold(raw);
        if (YES.contains(folded)) {
            return Optional.of(Boolean.TRUE);
        }
        if (NO.contains(folded)) {
            return Optional.of(Boolean.FALSE);
        }
        return Optional.empty();
    }

    static String label(Boolean answer) {
        return answer == null ? "" : answer ? "Có" : "Không";
    }
}
