package vn.doanket.funds;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.doanket.funds.internal.FundAccess;
import vn.doanket.funds.internal.FundRow;
import vn.doanket.funds.internal.FundStore;
import vn.doanket.funds.internal.ReconciliationQuery;
import vn.doanket.funds.internal.SearchIndexes;
import vn.doanket.funds.internal.StatementLoader;
import vn.doanket.funds.statement.StatementException;
import vn.doanket.funds.statement.StatementParser;

/**
 * Imports bank statements (sao kê) into a fund. The whole file is read and checked first; then
 * everything is written in one transaction, so a bad file or a crash leaves nothing half-imported.
 * Importing the same or an overlapping file again adds nothing.
 */
@Service
public class StatementImports {

    /** Larger files are refused with a message asking to split them by date range. */
    public static final long MAX_BYTES = 64L * 1024 * 1024;

    private static final Pattern ACCOUNT_IN_NAME = Pattern.compile("(\\d{6,20})");

    private final FundAccess access;
    private final FundStore funds;
    private final StatementParser parser;
    private final StatementLoader loader;
    private final ReconciliationQuery reconciliation;
    private final SearchIndexes searchIndexes;

    StatementImports(
            FundAccess access,
            FundStore funds,
            StatementParser parser,
            StatementLoader loader,
            ReconciliationQuery reconciliation,
            SearchIndexes searchIndexes) {
        this.reconciliation = reconciliation;
        this.searchIndexes = searchIndexes;
        this.access = access;
        this.funds = funds;
        this.parser = parser;
        this.loader = loader;
    }

    /** Statement against ledger, per bank account and day, oldest first. */
    @Transactional(readOnly = true)
    public List<ReconciliationRow> reconcile(long fundId) {
        access.visible(fundId);
        return reconciliation.reconcile(fundId);
    }

    public List<String> banks() {
        return parser.banks();
    }

    @Transactional
    public ImportReport importStatement(long fundId, String bank, String fileName, byte[] content) {
        FundRow fund = access.writable(fundId);
        return importAs(fund, bank, fileName, content, Actor.name());
    }

    /** For start-up work inside the module (demo data) where nobody is signed in; checks no access. */
    @Transactional
    public ImportReport importAsSystem(long fundId, String bank, String fileName, byte[] content) {
        return importAs(funds.get(fundId), bank, fileName, content, "system");
    }

    /**
     * The search index waits for a burst of imports to end before it catches up with them (see
     * SearchIndexes#changed), so it is told when one is under way, parsing included.
     */
    private ImportReport importAs(FundRow fund, String bank, String fileName, byte[] content, String actor) {
        searchIndexes.importStarted();
        try {
            return parseAndLoad(fund, bank, fileName, content, actor);
        } finally {
            searchIndexes.importEnded();
        }
    }

    private ImportReport parseAndLoad(FundRow fund, String bank, String fileName, byte[] content, String actor) {
        if (content != null && content.length > MAX_BYTES) {
            throw FundsException.statementTooLarge(content.length, MAX_BYTES);
        }
        StatementParser.Parsed parsed;
        long started = System.nanoTime();
        try {
            parsed = parser.parse(bank, content);
            org.slf4j.LoggerFactory.getLogger(StatementImports.class)
                    .info(
                            "Parsed {} statement lines in {} ms",
                            parsed.lines().size(),
                            (System.nanoTime() - started) / 1_000_000);
        } catch (StatementException e) {
            throw FundsException.badStatement(e);
        }
        AccountView account = bankAccount(fund, parsed.format().bank(), fileName);
        return loader.load(fund, account, parsed, fileName, content, actor);
    }

    private AccountView bankAccount(FundRow fund, String bank, String fileName) {
        Optional<AccountView> existing = funds.bankAccount(fund.id(), bank);
        if (existing.isPresent()) {
            return existing.get();
        }
        Matcher m = ACCOUNT_IN_NAME.matcher(fileName == null ? "" : fileName);
        if (!m.find()) {
            throw FundsException.badStatement("error.funds.statement.no-bank-account", fund.name(), bank);
        }
        try {
            long id = funds.addBankAccount(fund.id(), bank, m.group(1));
            return funds.account(fund.id(), id);
        } catch (org.springframework.dao.DuplicateKeyException e) {
            throw FundsException.badStatement("error.funds.statement.account-of-another-fund", bank, m.group(1));
        }
    }
}
