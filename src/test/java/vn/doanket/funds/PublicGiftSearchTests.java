package vn.doanket.funds;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import vn.doanket.IntegrationTest;
import vn.doanket.funds.internal.SearchIndexes;
import vn.doanket.organization.OrgUnits;
import vn.doanket.platform.access.Role;

/**
 * A gift entered by hand (cash received at the committee, alone or in a batch) is found by the public
 * exactly like a bank statement line: by name without diacritics, amount, day, receipt number and
 * message, in the page's search, the JSON and the CSV, shown as its donor chose; a reversed one says so
 * and stops counting, so the public totals stay those of the ledger.
 */
@IntegrationTest
class PublicGiftSearchTests {

    static final String STATEMENT =
            "PageId,Date,Time,DocumentNumber,ReferenceNumber,TransactionDetails,DebitAmount,CreditAmount,Balance,OffsetAccount\n"
                    + "1,09/09/2024,,,7101,NGUYEN VAN BINH ung ho dong bao,,\"500,000\",\"500,000\",\n"
                    + "1,12/09/2024,,,7102,LE THI HOA ung ho,,\"200,000\",\"700,000\",\n";

    @LocalServerPort
    int port;

    @Autowired
    FundLedger ledger;

    @Autowired
    StatementImports imports;

    @Autowired
    Donations donations;

    @Autowired
    DonationBatches batches;

    @Autowired
    Donors donors;

    @Autowired
    PublicLedger portal;

    @Autowired
    SearchIndexes indexes;

    @Autowired
    vn.doanket.funds.internal.SearchCache cache;

    @Autowired
    OrgUnits units;

    @Autowired
    ObjectMapper json;

    HttpClient http = HttpClient.newHttpClient();
    FundView fund;
    long cash;

    @BeforeEach
    void setUp() {
        FundsFixtures.signIn("qua-tay-48", units.get("48"), Role.OFFICER);
        // every search below is asked anew, of the index or of SQL as the test says
        cache.setEnabled(false);
        fund = FundsFixtures.openFundWithBank(ledger, "48", "Quỹ quà nhận tay " + System.nanoTime(), "agribank");
        cash = FundsFixtures.account(ledger, fund.id(), AccountKind.CASH).id();
        imports.importStatement(fund.id(), "agribank", "s.csv", STATEMENT.getBytes(StandardCharsets.UTF_8));
    }

    @AfterEach
    void signOut() {
        indexes.setUseIndex(true);
        cache.setEnabled(true);
        FundsFixtures.signOut();
    }

    DonationView give(String name, DonorDisplay display, long amount, LocalDate on, String purpose) {
        return donations.record(
                new Commands.RecordDonation(fund.id(), cash, name, false, display, amount, on, purpose));
    }

    @Test
    void aGiftEnteredByHandIsFoundLikeAStatementLine() throws Exception {
        DonationView gift = give(
                "NGUYỄN THỊ ANH " + fund.id(),
                DonorDisplay.NAMED,
                300_000,
                LocalDate.of(2024, 9, 12),
                "Ủng hộ bà con vùng lũ Yagi");
        assertThat(indexes.awaitCurrent(30_000)).isTrue();

        for (boolean index : new boolean[] {true, false}) {
            indexes.setUseIndex(index);
            String by = index ? "index" : "SQL";
            List<PublicTransaction> found = search("nguyen thi anh " + fund.id());
            assertThat(found).as(by).hasSize(1);
            PublicTransaction t = found.get(0);
            assertThat(t.id()).isEqualTo(gift.id());
            assertThat(t.source()).isEqualTo(PublicTransaction.Source.GIFT);
            assertThat(t.name()).isEqualTo("NGUYỄN THỊ ANH " + fund.id());
            assertThat(t.details()).isEqualTo("Ủng hộ bà con vùng lũ Yagi");
            assertThat(t.reference()).isEqualTo(gift.receiptNumber());
            assertThat(t.date()).isEqualTo(LocalDate.of(2024, 9, 12));
            assertThat(t.credit()).isEqualTo(300_000);
            assertThat(t.debit()).isZero();
            assertThat(t.reversed()).isFalse();

            assertThat(search("300.000")).as(by).containsExactly(t);
            assertThat(search("12/09/2024"))
                    .as(by)
                    .extracting(PublicTransaction::reference)
                    .containsExactly("7102", gift.receiptNumber());
            assertThat(search(gift.receiptNumber())).as(by).containsExactly(t);
            assertThat(search("vung lu yagi")).as(by).containsExactly(t);
            assertThat(search("")).as(by).hasSize(3).last().isEqualTo(t);
        }

        JsonNode api = getJson("q=" + URLEncoder.encode("nguyễn thị anh", StandardCharsets.UTF_8));
        assertThat(api.get("items")).hasSize(1);
        assertThat(api.get("items").get(0).get("source").asString()).isEqualTo("GIFT");
        assertThat(api.get("items").get(0).get("reference").asString()).isEqualTo(gift.receiptNumber());
        assertThat(api.get("items").get(0).get("reversed").asBoolean()).isFalse();

        String csv = get("/transactions.csv?q=vung+lu").body();
        assertThat(csv)
                .contains("NGUYỄN THỊ ANH " + fund.id())
                .contains("Nhan truc tiep")
                .contains("300000");

        String page =
                get("/public/funds/" + fund.id() + "?q=nguyen+thi+anh", true).body();
        assertThat(page).contains("NGUYỄN THỊ ANH " + fund.id()).contains("data-testid=\"gift\"");
    }

    @Test
    void aGiftEnteredInABatchIsSearchableToo() {
        BatchView batch = batches.open(new Commands.OpenBatch(fund.id(), cash, "Hòm ủng hộ thôn 5", 1, 150_000));
        batches.add(
                batch.id(),
                new Commands.BatchEntry(
                        "Phạm Văn Đức " + fund.id(),
                        false,
                        DonorDisplay.MASKED,
                        150_000,
                        LocalDate.of(2024, 9, 13),
                        "Hòm công đức"));
        assertThat(indexes.awaitCurrent(30_000)).isTrue();

        assertThat(search("pham")).extracting(PublicTransaction::name).containsExactly("Phạm V. Đ. " + initial());
        assertThat(search("van duc"))
                .as("masked: the given names are not searchable")
                .isEmpty();
        assertThat(search("hom cong duc")).hasSize(1);
    }

    private String initial() {
        return Long.toString(fund.id()).charAt(0) + ".";
    }

    @Test
    void anAnonymousGiftNeverRevealsTheName() throws Exception {
        give("Trần Văn Bí Mật", DonorDisplay.ANONYMOUS, 777_000, LocalDate.of(2024, 9, 10), "Gửi tặng bà con");
        DonationView later = give(
                "Hoàng Thị Kín Đáo", DonorDisplay.NAMED, 888_000, LocalDate.of(2024, 9, 10), "Gửi Hoàng Thị Kín Đáo");
        assertThat(indexes.awaitCurrent(30_000)).isTrue();
        assertThat(search("kin dao")).hasSize(1);
        // the donor later asks to stay anonymous: their gift entered before follows
        donors.setDisplay(later.donorId(), DonorDisplay.ANONYMOUS);
        assertThat(indexes.awaitCurrent(30_000)).isTrue();

        for (boolean index : new boolean[] {true, false}) {
            indexes.setUseIndex(index);
            assertThat(search("tran van bi mat")).isEmpty();
            assertThat(search("gui tang"))
                    .as("their message is not searchable either")
                    .isEmpty();
            assertThat(search("kin dao")).isEmpty();
            List<PublicTransaction> byAmount = search("777.000");
            assertThat(byAmount).hasSize(1);
            assertThat(byAmount.get(0).name()).isEqualTo("Nhà hảo tâm ẩn danh");
            assertThat(byAmount.get(0).details()).isEmpty();
            assertThat(search("888.000")).extracting(PublicTransaction::name).containsExactly("Nhà hảo tâm ẩn danh");
        }
        indexes.setUseIndex(true);
        String all = getJson("q=").toString()
                + get("/transactions.csv?q=").body()
                + get("/public/funds/" + fund.id(), true).body();
        assertThat(all.toLowerCase())
                .doesNotContain("bí mật")
                .doesNotContain("kín đáo")
                .doesNotContain("bi mat");
    }

    @Test
    void aReversedGiftShowsAsReversedAndThePublicTotalsStayTheLedgers() throws Exception {
        give("Đinh Văn Tâm", DonorDisplay.NAMED, 1_000_000, LocalDate.of(2024, 9, 11), "Ủng hộ");
        DonationView wrong =
                give("Đinh Văn Nhầm", DonorDisplay.NAMED, 9_000_000, LocalDate.of(2024, 9, 11), "Nhập nhầm");
        donations.reverse(wrong.id(), "nhập nhầm số tiền");
        assertThat(indexes.awaitCurrent(30_000)).isTrue();

        for (boolean index : new boolean[] {true, false}) {
            indexes.setUseIndex(index);
            List<PublicTransaction> found = search("dinh van nham");
            assertThat(found).hasSize(1);
            assertThat(found.get(0).reversed()).isTrue();
            assertThat(search("dinh van tam").get(0).reversed()).isFalse();
        }
        indexes.setUseIndex(true);
        assertThat(getJson("q=dinh+van+nham")
                        .get("items")
                        .get(0)
                        .get("reversed")
                        .asBoolean())
                .isTrue();
        assertThat(get("/transactions.csv?q=dinh+van+nham").body()).contains("Da huy");
        assertThat(get("/public/funds/" + fund.id() + "?q=dinh+van+nham", true).body())
                .contains("data-testid=\"reversed\"");

        PublicFundView totals = portal.fund(fund.id());
        long shown = 0;
        for (PublicTransaction t : everything()) {
            shown += t.reversed() ? 0 : t.credit();
        }
        assertThat(totals.received()).isEqualTo(500_000 + 200_000 + 1_000_000).isEqualTo(shown);
        assertThat(totals.balance())
                .isEqualTo(ledger.balanceOn(fund.id(), LocalDate.now()).balance());
    }

    @Test
    void theJsonWrittenFromTheIndexIsWhatJacksonWritesForThePage() throws Exception {
        // VietinBank lines have times of day; the fund gets them besides its Agribank ones
        fund = FundsFixtures.openFundWithBank(ledger, "48", "Quỹ JSON " + System.nanoTime(), "vietinbank");
        cash = FundsFixtures.account(ledger, fund.id(), AccountKind.CASH).id();
        imports.importStatement(fund.id(), "vietinbank", "v.csv", FundsFixtures.sample("vietinbank"));
        give(
                "Võ \"Thị\" \\ Sáu",
                DonorDisplay.NAMED,
                123_456,
                LocalDate.of(2024, 9, 11),
                "Dòng 1\nDòng\t2 0491000183195");
        give("Ẩn Danh Thật", DonorDisplay.ANONYMOUS, 50_000, LocalDate.of(2024, 9, 11), "bí mật");
        assertThat(indexes.awaitCurrent(30_000)).isTrue();
        for (String q : new String[] {"", "ung ho", "50.000", "sau", "11/09/2024"}) {
            for (int page = 0; page < 2; page++) {
                for (boolean index : new boolean[] {true, false}) {
                    indexes.setUseIndex(index);
                    TransactionQuery tq = new TransactionQuery(q, null, null, null, null, page);
                    JsonNode written = json.readTree(portal.searchJson(fund.id(), tq));
                    JsonNode jackson = json.readTree(json.writeValueAsString(portal.search(fund.id(), tq)));
                    assertThat(written)
                            .as("%s page %d index %s", q, page, index)
                            .isEqualTo(jackson);
                }
            }
        }
    }

    private List<PublicTransaction> everything() {
        List<PublicTransaction> all = new ArrayList<>();
        for (int page = 0; ; page++) {
            TransactionPage p = portal.search(fund.id(), new TransactionQuery("", null, null, null, null, page));
            all.addAll(p.items());
            if (!p.hasNext()) {
                return all;
            }
        }
    }

    private List<PublicTransaction> search(String q) {
        return portal.search(fund.id(), new TransactionQuery(q, null, null, null, null, 0))
                .items();
    }

    private JsonNode getJson(String query) throws Exception {
        HttpResponse<String> r = get("/transactions?" + query);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        assertThat(r.headers().firstValue("content-type").orElse("")).startsWith("application/json");
        return json.readTree(r.body());
    }

    private HttpResponse<String> get(String path) throws Exception {
        return get("/public/api/v1/funds/" + fund.id() + path, true);
    }

    private HttpResponse<String> get(String path, boolean absolute) throws Exception {
        return http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                        .build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }
}
