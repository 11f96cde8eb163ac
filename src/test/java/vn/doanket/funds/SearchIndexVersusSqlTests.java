package vn.doanket.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doanket.IntegrationTest;
import vn.doanket.funds.internal.SearchIndexes;
import vn.doanket.funds.internal.TransactionSearch;
import vn.doanket.organization.OrgUnits;
import vn.doanket.platform.access.Role;

/**
 * The in-memory search index gives exactly the lines, in the same order, that the SQL search gives,
 * over generated statements imported out of date order, after donors are assigned and hidden, and for
 * many random questions; a rewrite of a line's words by another instance (no commit hook here) shows
 * within a couple of seconds.
 */
@IntegrationTest
class SearchIndexVersusSqlTests {

    static final String HEADER =
            "PageId,Date,Time,DocumentNumber,ReferenceNumber,TransactionDetails,DebitAmount,CreditAmount,Balance,OffsetAccount\n";
    static final String[] FAMILY = {"NGUYỄN", "Trần", "LÊ", "Phạm", "HOÀNG"};
    static final String[] MIDDLE = {"THỊ", "Văn", "ĐỨC", "Ngọc"};
    static final String[] GIVEN = {"ANH", "Hậu", "LAN", "Minh", "Hà", "Trang"};
    static final String[] MESSAGE = {
        "ung ho dong bao lu lut", "ủng hộ bão Yagi", "chuyen tien ung ho mien Bac", "CK 0123456789 ung ho", "ho tro"
    };
    static final long[] AMOUNTS = {50_000, 100_000, 200_000, 500_000, 1_000_000, 1_234_567};
    static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    @Autowired
    StatementImports imports;

    @Autowired
    FundLedger ledger;

    @Autowired
    Donors donors;

    @Autowired
    Donations donations;

    @Autowired
    PublicLedger portal;

    @Autowired
    TransactionSearch search;

    @Autowired
    SearchIndexes indexes;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    OrgUnits units;

    @BeforeEach
    void signIn() {
        FundsFixtures.signIn("index-officer", units.get("48"), Role.OFFICER);
    }

    @AfterEach
    void signOut() {
        indexes.setUseIndex(true);
        FundsFixtures.signOut();
    }

    @Test
    void theIndexAnswersExactlyLikeSql() throws Exception {
        FundView fund =
                FundsFixtures.openFundWithBank(ledger, "48", "Quỹ so sánh chỉ mục " + System.nanoTime(), "agribank");
        Random random = new Random(48);
        List<String> names = new ArrayList<>();
        // three statements of different weeks, imported out of date order
        String[] files = new String[3];
        for (int f = 0; f < 3; f++) {
            StringBuilder csv = new StringBuilder(HEADER);
            long balance = 0;
            for (int i = 0; i < 400; i++) {
                LocalDate day = LocalDate.of(2024, 9, 1).plusDays(f * 7L + i / 60);
                String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                        + GIVEN[random.nextInt(GIVEN.length)];
                names.add(name);
                long amount = AMOUNTS[random.nextInt(AMOUNTS.length)];
                balance += amount;
                agribankLine(
                        csv,
                        day,
                        80_000 + f * 1000 + i,
                        name + ' ' + MESSAGE[random.nextInt(MESSAGE.length)],
                        amount,
                        balance);
            }
            files[f] = csv.toString();
        }
        for (int f : new int[] {2, 0, 1}) {
            imports.importStatement(
                    fund.id(), "agribank", "idx-" + f + ".csv", files[f].getBytes(StandardCharsets.UTF_8));
        }
        // donors change what is searchable: a named one, then hidden
        List<Long> lineIds = jdbc.sql("select id from funds_statement_line where fund_id = :f order by id limit 3")
                .param("f", fund.id())
                .query(Long.class)
                .list();
        DonorView donor = donors.register("Đỗ Thị Quyên", false, DonorDisplay.NAMED);
        for (long id : lineIds) {
            donors.assign(fund.id(), id, donor.id());
        }
        assertThat(indexes.awaitCurrent(30_000)).isTrue();
        assertThat(search.idsFromIndex(fund.id(), query("do thi quyen"), 100, 0))
                .containsExactlyInAnyOrderElementsOf(lineIds);
        DonorView hidden = donors.register("Vũ Văn Khải", false, DonorDisplay.NAMED);
        donors.assign(fund.id(), lineIds.get(0), hidden.id());
        donors.setDisplay(hidden.id(), DonorDisplay.ANONYMOUS);
        assertThat(search.idsFromIndex(fund.id(), query("vu van khai"), 100, 0)).isEmpty();

        // gifts entered by hand among the lines: named, masked, anonymous, one reversed, one donor hidden later
        long cash = FundsFixtures.account(ledger, fund.id(), AccountKind.CASH).id();
        List<DonationView> gifts = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String name = FAMILY[random.nextInt(FAMILY.length)] + " " + MIDDLE[random.nextInt(MIDDLE.length)] + " "
                    + GIVEN[random.nextInt(GIVEN.length)];
            names.add(name);
            gifts.add(donations.record(new Commands.RecordDonation(
                    fund.id(),
                    cash,
                    name,
                    false,
                    DonorDisplay.values()[random.nextInt(3)],
                    AMOUNTS[random.nextInt(AMOUNTS.length)],
                    LocalDate.of(2024, 9, 1).plusDays(random.nextInt(25)),
                    MESSAGE[random.nextInt(MESSAGE.length)])));
        }
        donations.reverse(gifts.get(3).id(), "nhập nhầm");
        donors.setDisplay(gifts.get(5).donorId(), DonorDisplay.ANONYMOUS);
        assertThat(indexes.awaitCurrent(30_000)).isTrue();

        for (int q = 0; q < 400; q++) {
            String text =
                    switch (random.nextInt(6)) {
                        case 0 -> names.get(random.nextInt(names.size()));
                        case 1 ->
                            GIVEN[random.nextInt(GIVEN.length)] + " "
                                    + String.format("%,d", AMOUNTS[random.nextInt(6)]);
                        case 2 ->
                            FAMILY[random.nextInt(FAMILY.length)] + " "
                                    + LocalDate.of(2024, 9, 1)
                                            .plusDays(random.nextInt(25))
                                            .format(DMY);
                        case 3 -> Long.toString(80_000 + random.nextInt(3) * 1000 + random.nextInt(400));
                        case 4 ->
                            MESSAGE[random.nextInt(MESSAGE.length)].split(" ")[random.nextInt(2)] + " "
                                    + AMOUNTS[random.nextInt(6)];
                        default -> random.nextBoolean() ? "" : "quyen 200000";
                    };
            LocalDate from = random.nextInt(3) == 0 ? LocalDate.of(2024, 9, 1).plusDays(random.nextInt(20)) : null;
            LocalDate to = random.nextInt(3) == 0 ? LocalDate.of(2024, 9, 5).plusDays(random.nextInt(20)) : null;
            Long min = random.nextInt(3) == 0 ? AMOUNTS[random.nextInt(6)] : null;
            Long max = random.nextInt(3) == 0 ? AMOUNTS[random.nextInt(6)] : null;
            TransactionQuery tq = new TransactionQuery(text, from, to, min, max, 0);
            int offset = random.nextInt(4) == 0 ? random.nextInt(80) : 0;
            int limit = 1 + random.nextInt(120);
            List<Long> fromSql = search.idsFromSql(fund.id(), tq, limit, offset);
            assertThat(search.idsFromIndex(fund.id(), tq, limit, offset))
                    .as("%s offset %d limit %d", tq, offset, limit)
                    .isEqualTo(fromSql);
        }

        // every line and gift, everything the public sees of it, in the same order from both
        List<PublicTransaction> everyIndexed = search.find(fund.id(), query(""), 10_000, 0);
        indexes.setUseIndex(false);
        List<PublicTransaction> everySql = search.find(fund.id(), query(""), 10_000, 0);
        indexes.setUseIndex(true);
        assertThat(everyIndexed).hasSize(1_200 + 40).isEqualTo(everySql);
        assertThat(everyIndexed).filteredOn(PublicTransaction::reversed).hasSize(1);

        // whole pages through the portal: the same with the index and with SQL alone
        for (String text : new String[] {"nguyen thi anh", "500.000", "ung ho", "", "0123456789"}) {
            for (int page = 0; page < 3; page++) {
                TransactionQuery tq = new TransactionQuery(text, null, null, null, null, page);
                TransactionPage indexed = portal.search(fund.id(), tq);
                indexes.setUseIndex(false);
                List<PublicTransaction> sqlRows = search.find(fund.id(), tq, 51, page * 50);
                indexes.setUseIndex(true);
                assertThat(indexed.items()).isEqualTo(sqlRows.subList(0, Math.min(50, sqlRows.size())));
                assertThat(indexed.hasNext()).isEqualTo(sqlRows.size() > 50);
            }
        }

        // another instance rewrites a line's words: the poll brings it in
        long line = lineIds.get(2);
        jdbc.sql("update funds_statement_line set search_words = 'tuyetmat' where id = :id")
                .param("id", line)
                .update();
        long end = System.currentTimeMillis() + 5_000;
        List<Long> found = List.of();
        while (System.currentTimeMillis() < end && found.isEmpty()) {
            Thread.sleep(100);
            found = search.idsFromIndex(fund.id(), query("tuyetmat"), 10, 0);
        }
        assertThat(found).containsExactly(line);
        assertThat(search.idsFromIndex(fund.id(), query("do thi quyen"), 10, 0)).doesNotContain(line);
    }

    /**
     * Large imports one after another are caught up with once, after the last: meanwhile the fund's
     * searches are answered by the database, so every committed line is found at once; afterwards the
     * index holds every line and answers like SQL.
     */
    @Test
    void aBurstOfLargeImportsIsSearchableAtOnceAndIndexedAfterTheLast() throws Exception {
        FundView fund = FundsFixtures.openFundWithBank(ledger, "48", "Quỹ nhập liền " + System.nanoTime(), "agribank");
        assertThat(indexes.awaitCurrent(30_000)).isTrue();
        Random random = new Random(4848);
        long balance = 0;
        int perFile = 21_000; // above what a committing request waits for
        for (int f = 0; f < 2; f++) {
            StringBuilder csv = new StringBuilder(HEADER);
            for (int i = 0; i < perFile; i++) {
                LocalDate day = LocalDate.of(2024, 10, 1).plusDays(f * 10L + i / 3_000);
                long amount = AMOUNTS[random.nextInt(AMOUNTS.length)];
                balance += amount;
                String text = FAMILY[random.nextInt(FAMILY.length)]
                        + ' '
                        + GIVEN[random.nextInt(GIVEN.length)]
                        + ' '
                        + MESSAGE[random.nextInt(MESSAGE.length)];
                agribankLine(csv, day, 900_000 + f * perFile + i, text, amount, balance);
            }
            imports.importStatement(
                    fund.id(), "agribank", "burst-" + f + ".csv", csv.toString().getBytes(StandardCharsets.UTF_8));
            // committed, so the public finds it now (the index, while it waits for the burst, is not used)
            String reference = Long.toString(900_000 + f * perFile + perFile - 1);
            List<Long> indexed = search.idsFromIndex(fund.id(), query(reference), 10, 0);
            assertThat(indexed == null || indexed.size() == 1)
                    .as("index current or not used")
                    .isTrue();
            assertThat(portal.search(fund.id(), query(reference)).items())
                    .extracting(PublicTransaction::reference)
                    .containsExactly(reference);
        }
        assertThat(indexes.awaitCurrent(60_000)).isTrue();
        assertThat(search.idsFromIndex(fund.id(), query(""), 50_000, 0)).hasSize(2 * perFile);
        for (String text : new String[] {"", "nguyen anh", "500.000", "ung ho 10/10/2024", "921000", "hau 200000"}) {
            TransactionQuery tq = new TransactionQuery(text, null, null, null, null, 0);
            assertThat(search.idsFromIndex(fund.id(), tq, 200, 37))
                    .as(text)
                    .isEqualTo(search.idsFromSql(fund.id(), tq, 200, 37));
        }
    }

    private static TransactionQuery query(String q) {
        return new TransactionQuery(q, null, null, null, null, 0);
    }

    /** One credit line of an Agribank statement: day, reference, description, amount and running balance. */
    private static void agribankLine(
            StringBuilder csv, LocalDate day, long reference, String text, long amount, long balance) {
        csv.append("1,")
                .append(day.format(DMY))
                .append(",,,")
                .append(reference)
                .append(",\"")
                .append(text)
                .append("\",,\"")
                .append(String.format("%,d", amount))
                .append("\",\"")
                .append(String.format("%,d", balance))
                .append("\",\n");
    }
}
