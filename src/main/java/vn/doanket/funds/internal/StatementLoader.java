package vn.doanket.funds.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.IntStream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.funds.AccountKind;
import vn.doanket.funds.AccountView;
import vn.doanket.funds.ChainBreak;
import vn.doanket.funds.DonorDisplay;
import vn.doanket.funds.FundsException;
import vn.doanket.funds.ImportReport;
import vn.doanket.funds.Money;
import vn.doanket.funds.MovementKind;
import vn.doanket.funds.statement.StatementLine;
import vn.doanket.funds.statement.StatementParser;
import vn.doanket.platform.audit.AuditAction;
import vn.doanket.platform.audit.AuditChange;
import vn.doanket.platform.audit.AuditTrail;

/**
 * Writes a parsed statement in one transaction: lines already in the ledger (same natural key) are
 * skipped, the new ones are posted as one movement per day and direction (the lines are its detail)
 * and streamed into the database with COPY. The fund row stays locked until commit, so two imports
 * into one fund never interleave.
 */
@Service
public class StatementLoader {

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StatementLoader.class);

    private final JdbcClient jdbc;
    private final StatementLineCopy lineCopy;
    private final FundStore funds;
    private final LedgerWriter writer;
    private final AuditTrail audit;
    private final SearchCache cache;

    StatementLoader(
            JdbcClient jdbc,
            StatementLineCopy lineCopy,
            FundStore funds,
            LedgerWriter writer,
            AuditTrail audit,
            SearchCache cache) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.lineCopy = lineCopy;
        this.funds = funds;
        this.writer = writer;
        this.audit = audit;
    }

    record Donor(long id, String name, DonorDisplay display) {}

    @Transactional(propagation = Propagation.MANDATORY)
    public ImportReport load(
            FundRow fund,
            AccountView account,
            StatementParser.Parsed parsed,
            String fileName,
            byte[] content,
            String actor) {
        long t0 = System.nanoTime();
        funds.lock(List.of(fund.id()));
        List<StatementLine> lines = parsed.lines();
        String bank = parsed.format().bank();
        List<ChainBreak> breaks = new ArrayList<>();
        Long opening = null;
        Long closing = null;
        long credits = 0;
        long debits = 0;
        Long previous = null;
        LocalDate min = lines.get(0).date();
        LocalDate max = min;
        for (StatementLine l : lines) {
            credits += l.credit();
            debits += l.debit();
            min = l.date().isBefore(min) ? l.date() : min;
            max = l.date().isAfter(max) ? l.date() : max;
            if (l.balance() != null) {
                long before = l.balance() - l.credit() + l.debit();
                if (previous == null) {
                    opening = before;
                } else if (before != previous) {
                    breaks.add(new ChainBreak(
                            l.row(), l.date(), l.reference(), previous + l.credit() - l.debit(), l.balance()));
                }
                previous = l.balance();
                closing = l.balance();
            }
            if (l.credit() + l.debit() == 0) {
                throw FundsException.badStatement("error.funds.statement.line.no-amount", l.row());
            }
        }

        UUID[] all = keys(bank, account.number(), lines);
        Set<UUID> existing = existing(fund.id(), account.id(), min, max);
        List<StatementLine> fresh = new ArrayList<>(lines.size());
        List<UUID> keys = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            if (existing.add(all[i])) {
                fresh.add(lines.get(i));
                keys.add(all[i]);
            }
        }

        long t1 = System.nanoTime();
        Map<String, Donor> donors = donors();
        int matched = 0;
        int unmatched = 0;
        long freshCredits = 0;
        long freshDebits = 0;
        for (StatementLine l : fresh) {
            freshCredits += l.credit();
            freshDebits += l.debit();
            if (l.credit() > 0) {
                if (l.counterparty() != null && donors.containsKey(Publication.fold(l.counterparty()))) {
                    matched++;
                } else {
                    unmatched++;
                }
            }
        }
        String sha = sha256(content);
        long importId = jdbc.sql(
                        """
                        insert into funds_statement_import (fund_id, account_id, bank, file_name, file_sha256, lines, imported,
                               duplicates, credits, debits, opening_balance, closing_balance, chain_breaks, imported_by)
                        values (:fund, :account, :bank, :file, :sha, :lines, :imported, :dups, :credits, :debits, :opening,
                                :closing, :breaks, :actor) returning id""")
                .param("fund", fund.id())
                .param("account", account.id())
                .param("bank", bank)
                .param("file", fileName == null ? null : LedgerWriter.truncate(fileName, 300))
                .param("sha", sha)
                .param("lines", lines.size())
                .param("imported", fresh.size())
                .param("dups", lines.size() - fresh.size())
                .param("credits", credits)
                .param("debits", debits)
                .param("opening", opening)
                .param("closing", closing)
                .param("breaks", breaks.size())
                .param("actor", actor)
                .query(Long.class)
                .single();

        Map<LocalDate, long[]> perDay = new TreeMap<>();
        for (StatementLine l : fresh) {
            long[] sums = perDay.computeIfAbsent(l.date(), d -> new long[2]);
            sums[0] += l.credit();
            sums[1] += l.debit();
        }
        AccountView income = funds.account(fund.id(), AccountKind.INCOME);
        AccountView expense = funds.account(fund.id(), AccountKind.EXPENSE);
        Map<LocalDate, long[]> movements = new HashMap<>();
        try {
            for (Map.Entry<LocalDate, long[]> day : perDay.entrySet()) {
                long[] ids = new long[2];
                String label = Publication.DATE.format(day.getKey());
                if (day.getValue()[0] > 0) {
                    ids[0] = writer.append(
                            Posting.move(
                                    fund.id(),
                                    MovementKind.STATEMENT,
                                    day.getKey(),
                                    "Sao kê " + bank + " " + account.number() + " ngày " + label + ": tiền vào",
                                    income,
                                    account,
                                    day.getValue()[0]),
                            actor);
                }
                if (day.getValue()[1] > 0) {
                    ids[1] = writer.append(
                            Posting.move(
                                    fund.id(),
                                    MovementKind.STATEMENT,
                                    day.getKey(),
                                    "Sao kê " + bank + " " + account.number() + " ngày " + label + ": tiền ra",
                                    account,
                                    expense,
                                    day.getValue()[1]),
                            actor);
                }
                movements.put(day.getKey(), ids);
            }
        } catch (LedgerWriter.NegativeBalance e) {
            throw FundsException.badStatement("error.funds.statement.negative-balance", account.number());
        }
        long t2 = System.nanoTime();
        long[] ids = lineIds(fresh.size());
        lineCopy.copy(ids, importId, fund.id(), account.id(), fresh, keys, movements, donors);
        summarizeDays(fund.id(), account.id(), fresh);
        long t3 = System.nanoTime();
        if (fresh.isEmpty()) {
            cache.invalidateAfterCommit(fund.id(), 0);
        } else {
            cache.importedAfterCommit(fund.id(), new ImportedLines(ids, fresh, donors));
        }
        log.info(
                "Statement import {}: {} lines, {} new; keys {} ms, ledger {} ms, copy {} ms",
                importId,
                lines.size(),
                fresh.size(),
                (t1 - t0) / 1_000_000,
                (t2 - t1) / 1_000_000,
                (t3 - t2) / 1_000_000);

        ImportReport report = new ImportReport(
                importId,
                bank,
                lines.size(),
                fresh.size(),
                lines.size() - fresh.size(),
                credits,
                debits,
                opening,
                closing,
                matched,
                unmatched,
                List.copyOf(breaks));
        audit.recordAs(
                actor,
                new AuditChange(
                        fund.unitId(),
                        fund.unitPath(),
                        "funds_statement_import",
                        Long.toString(importId),
                        AuditAction.IMPORT,
                        "Nhập sao kê " + bank + " vào quỹ " + fund.name() + ": " + fresh.size() + "/" + lines.size()
                                + " dòng mới, tiền vào " + Money.format(freshCredits) + ", tiền ra "
                                + Money.format(freshDebits)
                                + ", " + breaks.size() + " chỗ đứt số dư",
                        null,
                        Map.of(
                                "file",
                                String.valueOf(fileName),
                                "sha256",
                                sha,
                                "imported",
                                fresh.size(),
                                "lines",
                                lines.size())));
        return report;
    }

    /**
     * Ids for the new lines, from the table's own sequence, ascending. Taken under the fund lock, so a
     * fund's line ids still grow in commit order (what the search index of every instance relies on to
     * catch up); the loader writes them itself so it can hand the lines to the index without reading them
     * back.
     */
    private long[] lineIds(int n) {
        if (n == 0) {
            return new long[0];
        }
        long[] ids = new long[n];
        int[] i = {0};
        jdbc.sql("select nextval('funds_statement_line_id_seq') from generate_series(1, :n)")
                .param("n", n)
                .query(rs -> {
                    ids[i[0]++] = rs.getLong(1);
                });
        java.util.Arrays.sort(ids);
        return ids;
    }

    /**
     * Adds the new lines to the per-day statement summary that reconciliation reads: counts and sums
     * per day, and the balance after the day's last new line (in file order) when the bank prints one.
     */
    private void summarizeDays(long fundId, long accountId, List<StatementLine> fresh) {
        Map<LocalDate, long[]> days = new TreeMap<>();
        Map<LocalDate, Long> balances = new HashMap<>();
        for (StatementLine l : fresh) {
            long[] d = days.computeIfAbsent(l.date(), k -> new long[3]);
            d[0]++;
            d[1] += l.credit();
            d[2] += l.debit();
            if (l.balance() != null) {
                balances.put(l.date(), l.balance());
            }
        }
        if (days.isEmpty()) {
            return;
        }
        int n = days.size();
        String[] on = new String[n];
        Long[] lines = new Long[n];
        Long[] credits = new Long[n];
        Long[] debits = new Long[n];
        Long[] balance = new Long[n];
        int i = 0;
        for (Map.Entry<LocalDate, long[]> d : days.entrySet()) {
            on[i] = d.getKey().toString();
            lines[i] = d.getValue()[0];
            credits[i] = d.getValue()[1];
            debits[i] = d.getValue()[2];
            balance[i] = balances.get(d.getKey());
            i++;
        }
        jdbc.sql(
                        """
                        insert into funds_statement_day (account_id, booked_on, fund_id, lines, credits, debits, balance)
                        select :a, cast(d.day as date), :f, d.n, d.cr, d.dr, d.bal
                          from unnest(cast(:days as text[]), cast(:lines as bigint[]), cast(:credits as bigint[]),
                                      cast(:debits as bigint[]), cast(:balance as bigint[]))
                               as d (day, n, cr, dr, bal)
                        on conflict (account_id, booked_on) do update set
                            lines = funds_statement_day.lines + excluded.lines,
                            credits = funds_statement_day.credits + excluded.credits,
                            debits = funds_statement_day.debits + excluded.debits,
                            balance = coalesce(excluded.balance, funds_statement_day.balance)""")
                .param("a", accountId)
                .param("f", fundId)
                .param("days", on)
                .param("lines", lines)
                .param("credits", credits)
                .param("debits", debits)
                .param("balance", balance)
                .update();
    }

    /**
     * The natural keys of the lines, computed on all cores. A line's key is its natural key plus its
     * occurrence number among identical lines of the file, so two genuinely identical transactions on
     * one day both count. Unchanged from the first version (MD5, version 3 UUID of the same text), so
     * files imported before still match; only the text is now written straight as UTF-8 bytes instead
     * of through two Strings per line.
     */
    static UUID[] keys(String bank, String accountNumber, List<StatementLine> lines) {
        byte[] prefix = (bank + '|' + accountNumber + '|').getBytes(StandardCharsets.UTF_8);
        byte[][] bases = new byte[lines.size()][];
        IntStream.range(0, lines.size()).parallel().forEach(i -> bases[i] = naturalKeyBytes(prefix, lines.get(i)));
        int[] occurrence = new int[bases.length];
        Map<Base, Integer> seen = new HashMap<>(bases.length * 2);
        for (int i = 0; i < bases.length; i++) {
            occurrence[i] = seen.merge(new Base(bases[i]), 1, Integer::sum);
        }
        UUID[] keys = new UUID[bases.length];
        IntStream.range(0, bases.length).parallel().forEach(i -> keys[i] = nameUuid(bases[i], occurrence[i]));
        return keys;
    }

    /** A natural key's bytes, compared by content. */
    private record Base(byte[] bytes, int hash) {
        Base(byte[] bytes) {
            this(bytes, java.util.Arrays.hashCode(bytes));
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Base b && b.hash == hash && java.util.Arrays.equals(b.bytes, bytes);
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }

    private static final ThreadLocal<MessageDigest> MD5 = ThreadLocal.withInitial(() -> {
        try {
            return MessageDigest.getInstance("MD5");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    });

    private static final ThreadLocal<ByteSink> KEY_TEXT = ThreadLocal.withInitial(() -> new ByteSink(512));

    /** The same as {@link UUID#nameUUIDFromBytes} (version 3), without looking the digest up per call. */
    static UUID nameUuid(byte[] name) {
        return uuid(MD5.get().digest(name));
    }

    /** {@code nameUuid} of the natural key followed by "#" and its occurrence number. */
    static UUID nameUuid(byte[] base, int occurrence) {
        MessageDigest md5 = MD5.get();
        md5.update(base);
        md5.update(("#" + occurrence).getBytes(StandardCharsets.US_ASCII));
        return uuid(md5.digest());
    }

    private static UUID uuid(byte[] md5) {
        md5[6] &= 0x0f;
        md5[6] |= 0x30;
        md5[8] &= 0x3f;
        md5[8] |= (byte) 0x80;
        long msb = 0;
        long lsb = 0;
        for (int i = 0; i < 8; i++) {
            msb = (msb << 8) | (md5[i] & 0xff);
        }
        for (int i = 8; i < 16; i++) {
            lsb = (lsb << 8) | (md5[i] & 0xff);
        }
        return new UUID(msb, lsb);
    }

    /**
     * The keys the account already has on the file's days, read under the fund lock, so no other import
     * into the account can add one before this one commits: this check alone keeps keys unique (V51
     * dropped the unique index, the costliest part of COPY). One range read of the fund's lines by day:
     * a new statement costs nothing here, a re-imported one reads only its own days.
     */
    private Set<UUID> existing(long fundId, long accountId, LocalDate from, LocalDate to) {
        Set<UUID> found = new HashSet<>();
        jdbc.sql(
                        """
                        select line_key from funds_statement_line
                        where account_id = :a and booked_on between :from and :to and fund_id = :f""")
                .param("f", fundId)
                .param("a", accountId)
                .param("from", from)
                .param("to", to)
                .query(rs -> {
                    found.add(rs.getObject(1, UUID.class));
                });
        return found;
    }

    Map<String, Donor> donors() {
        Map<String, Donor> map = new HashMap<>();
        jdbc.sql("select id, folded_name, name, display from funds_donor order by id")
                .query(rs -> {
                    map.putIfAbsent(
                            rs.getString(2),
                            new Donor(rs.getLong(1), rs.getString(3), DonorDisplay.valueOf(rs.getString(4))));
                });
        return map;
    }

    /**
     * What identifies a line across files: the UTF-8 bytes of "bank|account|date|time|reference|credit|debit|balance|text", the text's
     * runs of white space collapsed to one space; {@code prefix} is "bank|account|".
     */
    static byte[] naturalKeyBytes(byte[] prefix, StatementLine l) {
        ByteSink out = KEY_TEXT.get();
        out.reset();
        out.bytes(prefix).date(l.date()).ascii('|');
        if (l.time() != null) {
            out.ascii(l.time().toString());
        }
        out.ascii('|');
        if (l.reference() != null) {
            out.utf8(l.reference());
        }
        out.ascii('|').number(l.credit()).ascii('|').number(l.debit()).ascii('|');
        if (l.balance() != null) {
            out.number(l.balance());
        }
        out.ascii('|');
        collapseSpaces(out, l.details());
        return out.toArray();
    }

    private static void collapseSpaces(ByteSink out, String s) {
        int start = out.length();
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && out.length() > start) {
                    out.ascii(' ');
                }
                space = false;
                if (c < 0x80) {
                    out.ascii(c);
                } else if (Character.isHighSurrogate(c)
                        && i + 1 < s.length()
                        && Character.isLowSurrogate(s.charAt(i + 1))) {
                    out.utf8(s, i, i + 2);
                    i++;
                } else {
                    out.utf8(s, i, i + 1);
                }
            }
        }
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
