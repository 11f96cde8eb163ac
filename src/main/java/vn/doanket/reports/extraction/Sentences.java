package vn.doanket.reports.extraction;

/** Sentence bounds around an offset: ". ", "!", "?", ";" and line breaks end a sentence; "9.100" does not. */
final class Sentences {

    private Sentences() {}

    static int start(String text, int at, int maxBack) {
        int limit = Math.max(0, at - maxBack);
        for (int i = at - 1; i >= limit; i--) {
            if (isBoundary(text, i)) {
                return i + 1;
            }
        }
        return limit;
    }

    static int end(String text, int at, int maxAhead) {
        int limit = Math.min(text.length(), at + maxAhead);
        for (int i = at; i < limit; i++) {
            if (isBoundary(text, i)) {
                return i;
            }
        }
        return limit;
    }

    private static boolean isBoundary(String text, int i) {
        char c = text.charAt(i);
        if (c == '\n' || c == '!' || c == '?' || c == ';') {
            return true;
        }
        if (c == '.') {
            boolean between = i > 0
                    && i + 1 < text.length()
                    && Character.isDigit(text.charAt(i - 1))
                    && Character.isDigit(text.charAt(i + 1));
            return !between;
        }
        return false;
    }
}
