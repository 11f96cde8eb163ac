package vn.doanket.funds.internal;

import java.util.List;
import java.util.Map;
import vn.doanket.funds.DonorDisplay;
import vn.doanket.funds.statement.StatementLine;

/**
 * The lines an import of this instance wrote, with the ids it gave them, handed to the search index
 * after the import commits: the index takes them in from memory instead of reading a million lines back
 * from the database (that read-back was most of a catch-up, and most of it in PostgreSQL). What the
 * index gets is what {@link SearchIndexes}' query would read: the same search words (written by the same
 * code as the COPY), and the public row made from the text as the database stores it.
 *
 * @param ids the lines' ids, ascending, one per line in order
 */
record ImportedLines(long[] ids, List<StatementLine> lines, Map<String, StatementLoader.Donor> donors) {

    int size() {
        return ids.length;
    }

    long minId() {
        return ids[0];
    }

    long maxId() {
        return ids[ids.length - 1];
    }

    void addTo(SearchIndex.Batch batch) {
        ByteSink words = new ByteSink(512);
        for (int i = 0; i < ids.length; i++) {
            StatementLine l = lines.get(i);
            StatementLoader.Donor donor = StatementLineCopy.donorOf(l, donors);
            DonorDisplay display = donor == null ? DonorDisplay.NAMED : donor.display();
            words.reset();
            StatementLineCopy.searchWords(words, l, donor);
            byte[] row = PublicRows.encode(
                    false,
                    false, // its movement is new: nothing reversed it yet (a later reversal comes through the log)
                    asStored(l.time()),
                    l.debit(),
                    stored(l.reference()),
                    Publication.name(stored(l.counterparty()), donor == null ? null : donor.name(), display),
                    Publication.details(stored(LedgerWriter.truncate(l.details(), 2000)), display));
            batch.addQuoted(ids[i], PublicRows.day(l.date()), l.credit() + l.debit(), words, row);
        }
    }

    /** A time as the database keeps it: to the microsecond (the packed row then keeps the second). */
    static java.time.LocalTime asStored(java.time.LocalTime t) {
        return t == null || t.getNano() % 1000 == 0
                ? t
                : t.plusNanos(500).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
    }

    /**
     * The text as COPY stores it (see {@link ByteSink#csvText}): NUL characters dropped, and a surrogate
     * without its pair written as "?".
     */
    static String stored(String s) {
        if (s == null) {
            return null;
        }
        int i = 0;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == 0 || Character.isSurrogate(c)) {
                break;
            }
            i++;
        }
        if (i == s.length()) {
            return s;
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c == 0) {
                continue;
            }
            if (Character.isHighSurrogate(c) && k + 1 < s.length() && Character.isLowSurrogate(s.charAt(k + 1))) {
                out.append(c).append(s.charAt(++k));
            } else if (Character.isSurrogate(c)) {
                out.append('?');
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }
}
