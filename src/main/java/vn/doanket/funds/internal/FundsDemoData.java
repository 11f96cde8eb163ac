package vn.doanket.funds.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doanket.funds.Commands;
import vn.doanket.funds.FundKind;
import vn.doanket.funds.ImportReport;
import vn.doanket.funds.StatementImports;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.audit.AuditAction;
import vn.doanket.platform.audit.AuditChange;
import vn.doanket.platform.audit.AuditTrail;

/**
 * Demo data, once per database: every committee in force (central, 34 provinces, 3,321 communes)
 * gets its Quỹ "Vì người nghèo", and the central committee a relief fund for the 2024 Typhoon
 * Yagi appeal holding the real published statement lines shipped in the jar (MIT, see
 * reference/bank-statements/LICENSE-tra-cuu-sao-ke.txt). Every step is idempotent.
 */
@Component
@Order(30)
@ConditionalOnProperty(name = "doanket.demo.enabled", havingValue = "true")
class FundsDemoData implements ApplicationRunner {

    static final String APPEAL = "Ủng hộ đồng bào bị ảnh hưởng bởi bão số 3 (Yagi) năm 2024";
    static final String AGRIBANK = "agribank-1500201113838-20240901-20240912-part1.csv";
    static final String VIETINBANK = "vietinbank-111602391111-20240910-20240912-part1.csv";
    private static final Logger log = LoggerFactory.getLogger(FundsDemoData.class);

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;
    private final OrgUnits units;
    private final FundStore funds;
    private final Postings postings;
    private final StatementImports imports;
    private final AuditTrail audit;

    FundsDemoData(
            JdbcClient jdbc,
            TransactionTemplate tx,
            OrgUnits units,
            FundStore funds,
            Postings postings,
            StatementImports imports,
            AuditTrail audit) {
        this.jdbc = jdbc;
        this.tx = tx;
        this.units = units;
        this.funds = funds;
        this.postings = postings;
        this.imports = imports;
        this.audit = audit;
    }

    @Override
    public void run(ApplicationArguments args) {
        long started = System.nanoTime();
        Unit root = units.root();
        Integer created = tx.execute(s -> fundsForThePoor(root));
        Long relief = tx.execute(s -> reliefFund(root));
        importOnce(relief, "agribank", AGRIBANK);
        importOnce(relief, "vietinbank", VIETINBANK);
        if (created != null && created > 0) {
            log.info(
                    "Demo funds: {} funds for the poor and the Yagi relief fund ready in {} ms",
                    created,
                    (System.nanoTime() - started) / 1_000_000);
        }
    }

    private int fundsForThePoor(Unit root) {
        int created = jdbc.sql(
                                """
                        with created as (
                          insert into funds_fund (unit_id, unit_path, kind, name)
                          select u.id, u.path, 'VI_NGUOI_NGHEO', 'Quỹ "Vì người nghèo" – ' || u.full_name
                          from org_unit u
                          where u.kind in ('CENTRAL', 'PROVINCE', 'COMMUNE') and u.valid_to is null
                            and not exists (select 1 from funds_fund f where f.unit_id = u.id and f.kind = 'VI_NGUOI_NGHEO')
                          returning id)
                        insert into funds_account (fund_id, kind, name)
                        select c.id, k.kind, k.name from created c
                        cross join (values ('CASH', 'Tiền mặt'), ('INCOME', 'Nguồn thu'), ('EXPENSE', 'Khoản chi')) as k(kind, name)""")
                        .update()
                / 3;
        if (created > 0) {
            audit.recordAs(
                    "system",
                    new AuditChange(
                            root.id(),
                            root.treePath(),
                            "funds_fund",
                            "demo",
                            AuditAction.IMPORT,
                            "Dữ liệu mẫu: mở " + created + " Quỹ \"Vì người nghèo\" cho các Ủy ban MTTQ",
                            null,
                            Map.of("funds", created)));
        }
        return created;
    }

    private long reliefFund(Unit root) {
        Long existing = jdbc.sql(
                        "select f.id from funds_fund f join funds_appeal a on a.id = f.appeal_id where a.name = :n and f.unit_id = :u")
                .param("n", APPEAL)
                .param("u", root.id())
                .query(Long.class)
                .optional()
                .orElse(null);
        if (existing != null) {
            return existing;
        }
        long appeal = funds.createAppeal(root, APPEAL, LocalDate.of(2024, 9, 8), LocalDate.of(2024, 10, 31), null);
        long fund = funds.createFund(root, FundKind.CUU_TRO, "Quỹ cứu trợ – bão số 3 (Yagi) 2024", appeal);
        long agribank = funds.addBankAccount(fund, "agribank", "1500201113838");
        funds.addBankAccount(fund, "vietinbank", "111602391111");
        audit.recordAs(
                "system",
                new AuditChange(
                        root.id(),
                        root.treePath(),
                        "funds_fund",
                        Long.toString(fund),
                        AuditAction.CREATE,
                        "Dữ liệu mẫu: quỹ cứu trợ bão Yagi 2024",
                        null,
                        funds.get(fund).view()));
        // The Agribank statement opens with 24.700 đ already on the account; book it so the ledger reconciles.
        postings.receive(
                new Commands.ReceiveDonation(
                        fund,
                        agribank,
                        24_700,
                        LocalDate.of(2024, 9, 8),
                        "Số dư tài khoản Agribank trước ngày 09/09/2024 (theo sao kê)"),
                "system");
        return fund;
    }

    private void importOnce(long fundId, String bank, String file) {
        Long lines = jdbc.sql(
                        """
                        select count(*) from funds_statement_line l join funds_account a on a.id = l.account_id
                        where l.fund_id = :f and a.bank = :b""")
                .param("f", fundId)
                .param("b", bank)
                .query(Long.class)
                .single();
        if (lines > 0) {
            return;
        }
        try (InputStream in = getClass().getResourceAsStream("/reference/bank-statements/" + file)) {
            if (in == null) {
                throw new IllegalStateException("missing demo statement " + file);
            }
            ImportReport r = imports.importAsSystem(fundId, bank, file, in.readAllBytes());
            log.info("Demo: imported {} {} statement lines into the Yagi relief fund", r.imported(), bank);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
