package vn.doanket.funds.internal;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.SQLException;
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
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
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
import vn.doanket.platform.TextFolding;
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

    private static final String COPY_SQL =
            """
            copy funds_statement_line (import_id, fund_id, account_id, movement_id, line_key, seq, booked_on, booked_at,
                                       reference, credit, debit, balance, counterparty, details, donor_id, search_words)
            from stdin (format csv)""";

    private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(StatementLoader.class);

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final FundStore funds;
    private final LedgerWriter writer;
    private final AuditTrail audit;
    private final SearchCache cache;

    StatementLoader(
            JdbcClient jdbc,
            DataSource dataSource,
            FundStore funds,
            LedgerWriter writer,
            AuditTrail audit,
            SearchCache cache) {
        this.cache = cache;
        this.jdbc = jdbc;
        this.dataSource = dataSource;
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
                throw FundsException.badStatement("Dòng " + l.row() + ": không có số tiền ghi có hay ghi nợ.");
            }
        }

        Map<String, Integer> occurrences = new HashMap<>();
        List<UUID> all = new ArrayList<>(lines.size());
        for (StatementLine l : lines) {
            String base = naturalKey(bank, account.number(), l);
            int n = occurrences.merge(base, 1, Integer::sum);
            all.add(UUID.nameUUIDFromBytes((base + "#" + n).getBytes(StandardCharsets.UTF_8)));
        }
        Set<UUID> existing = existing(account.id(), all);
        List<StatementLine> fresh = new ArrayList<>();
        List<UUID> keys = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            if (existing.add(all.get(i))) {
                fresh.add(lines.get(i));
                keys.add(all.get(i));
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
                if (l.counterparty() != null && donors.containsKey(TextFolding.fold(l.counterparty()))) {
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
            throw FundsException.badStatement("Các khoản ghi nợ trong sao kê làm số dư tài khoản " + account.number()
                    + " trong sổ quỹ bị âm. Hãy nhập trước sao kê của các ngày trước đó.");
        }
        long t2 = System.nanoTime();
        copy(importId, fund.id(), account.id(), fresh, keys, movements, donors);
        long t3 = System.nanoTime();
        cache.invalidateAfterCommit(fund.id());
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

    private void copy(
            long importId,
            long fundId,
            long accountId,
            List<StatementLine> lines,
            List<UUID> keys,
            Map<LocalDate, long[]> movements,
            Map<String, Donor> donors) {
        if (lines.isEmpty()) {
            return;
        }
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(COPY_SQL);
            try {
                long started = System.nanoTime();
                String[] rows = java.util.stream.IntStream.range(0, lines.size())
                        .parallel()
                        .mapToObj(i -> row(importId, fundId, accountId, lines.get(i), keys.get(i), movements, donors))
                        .toArray(String[]::new);
                long formatted = System.nanoTime();
                StringBuilder out = new StringBuilder(1 << 20);
                for (String row : rows) {
                    out.append(row);
                    if (out.length() > (1 << 20)) {
                        flush(copy, out);
                    }
                }
                flush(copy, out);
                copy.endCopy();
                log.info(
                        "COPY of {} lines: rows formatted in {} ms, streamed and indexed in {} ms",
                        lines.size(),
                        (formatted - started) / 1_000_000,
                        (System.nanoTime() - formatted) / 1_000_000);
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of statement lines failed: " + e.getMessage(), e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    private static String row(
            long importId,
            long fundId,
            long accountId,
            StatementLine l,
            UUID key,
            Map<LocalDate, long[]> movements,
            Map<String, Donor> donors) {
        StringBuilder out = new StringBuilder(400);
        Donor donor = l.counterparty() == null ? null : donors.get(TextFolding.fold(l.counterparty()));
        DonorDisplay display = donor == null ? DonorDisplay.NAMED : donor.display();
        long movement = movements.get(l.date())[l.credit() > 0 ? 0 : 1];
        out.append(importId)
                .append(',')
                .append(fundId)
                .append(',')
                .append(accountId)
                .append(',')
                .append(movement)
                .append(',')
                .append(key)
                .append(',')
                .append(l.seq())
                .append(',')
                .append(l.date())
                .append(',');
        if (l.time() != null) {
            out.append(l.time());
        }
        out.append(',');
        text(out, l.reference())
                .append(',')
                .append(l.credit())
                .append(',')
                .append(l.debit())
                .append(',');
        if (l.balance() != null) {
            out.append(l.balance());
        }
        out.append(',');
        text(out, l.counterparty()).append(',');
        text(out, LedgerWriter.truncate(l.details(), 2000)).append(',');
        if (donor != null) {
            out.append(donor.id());
        }
        out.append(',');
        text(
                        out,
                        Publication.searchWords(
                                l.counterparty(),
                                donor == null ? null : donor.name(),
                                display,
                                l.details(),
                                l.reference()))
                .append('\n');
        return out.toString();
    }

    /** Which of these keys the account already has, looked up through the unique index in batches. */
    private Set<UUID> existing(long accountId, List<UUID> keys) {
        Set<UUID> found = new HashSet<>();
        for (int from = 0; from < keys.size(); from += 20_000) {
            UUID[] batch =
                    keys.subList(from, Math.min(keys.size(), from + 20_000)).toArray(UUID[]::new);
            found.addAll(
                    jdbc.sql("select line_key from funds_statement_line where account_id = :a and line_key = any(:k)")
                            .param("a", accountId)
                            .param("k", batch)
                            .query(UUID.class)
                            .list());
        }
        return found;
    }

    private static void flush(CopyIn copy, StringBuilder out) throws SQLException {
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        copy.writeToCopy(bytes, 0, bytes.length);
        out.setLength(0);
    }

    private static StringBuilder text(StringBuilder out, String value) {
        if (value == null) {
            return out;
        }
        out.append('"');
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c == '"') {
                out.append('"');
            }
            if (c != '\0') {
                out.append(c);
            }
        }
        return out.append('"');
    }

    public List<vn.doanket.funds.ReconciliationRow> reconcile(long fundId) {
        return jdbc.sql(
                        """
                        select s.account_id, a.number, s.booked_on, s.lines, s.credits, s.debits,
                               (select l.balance from funds_statement_line l
                                 where l.account_id = s.account_id and l.booked_on = s.booked_on and l.balance is not null
                                 order by l.import_id desc, l.seq desc limit 1) as statement_balance,
                               (select coalesce(sum(d.delta), 0) from funds_account_day d
                                 where d.account_id = s.account_id and d.day <= s.booked_on) as ledger_balance
                        from (select account_id, booked_on, count(*) as lines, sum(credit) as credits, sum(debit) as debits
                                from funds_statement_line where fund_id = :f group by account_id, booked_on) s
                        join funds_account a on a.id = s.account_id
                        order by s.account_id, s.booked_on""")
                .param("f", fundId)
                .query((rs, i) -> new vn.doanket.funds.ReconciliationRow(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getObject(3, LocalDate.class),
                        rs.getInt(4),
                        rs.getLong(5),
                        rs.getLong(6),
                        (Long) rs.getObject(7),
                        rs.getLong(8)))
                .list();
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

    /** What identifies a line across files: bank, account, date, time, reference, amounts and text. */
    static String naturalKey(String bank, String accountNumber, StatementLine l) {
        return bank
                + '|'
                + accountNumber
                + '|'
                + l.date()
                + '|'
                + (l.time() == null ? "" : l.time())
                + '|'
                + (l.reference() == null ? "" : l.reference())
                + '|'
                + l.credit()
                + '|'
                + l.debit()
                + '|'
                + (l.balance() == null ? "" : l.balance())
                + '|'
                + collapseSpaces(l.details());
    }

    private static String collapseSpaces(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c)) {
                space = true;
            } else {
                if (space && !out.isEmpty()) {
                    out.append(' ');
                }
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
