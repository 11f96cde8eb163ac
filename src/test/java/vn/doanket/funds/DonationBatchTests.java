package vn.doanket.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doanket.IntegrationTest;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.platform.access.Role;

@IntegrationTest
class DonationBatchTests {

    @Autowired
    FundLedger ledger;

    @Autowired
    DonationBatches batches;

    @Autowired
    Donations donations;

    @Autowired
    OrgUnits units;

    @Autowired
    JdbcClient jdbc;

    Unit province;
    FundView fund;
    long cash;

    @BeforeEach
    void setUp() {
        province = units.get("42");
        FundsFixtures.signIn("lo-quy-42", province, Role.OFFICER);
        fund = FundsFixtures.openFund(ledger, province.code(), "Quỹ lô " + System.nanoTime());
        cash = FundsFixtures.account(ledger, fund.id(), AccountKind.CASH).id();
    }

    @AfterEach
    void signOut() {
        FundsFixtures.signOut();
    }

    BatchView batchOf(int count, long total) {
        return batches.open(new Commands.OpenBatch(fund.id(), cash, "Hòm ủng hộ thôn 3", count, total));
    }

    DonationView give(long batchId, String name, long amount) {
        return batches.add(
                batchId, new Commands.BatchEntry(name, false, DonorDisplay.NAMED, amount, null, "Ủng hộ đồng bào"));
    }

    @Test
    void closesABatchOnlyWhenCountAndTotalMatchItsCover() {
        BatchView b = batchOf(3, 1_500_000);
        give(b.id(), "Nguyễn Văn Bình", 500_000);
        give(b.id(), "Lê Thị Hoa", 700_000);

        assertThatThrownBy(() -> batches.close(b.id()))
                .isInstanceOf(FundsException.class)
                .hasMessageContaining("đã nhập 2 khoản, tổng 1.200.000 đ")
                .hasMessageContaining("bìa lô ghi 3 khoản, tổng 1.500.000 đ")
                .hasMessageContaining("Còn thiếu 1 khoản, số tiền còn thiếu 300.000 đ");
        assertThat(batches.batch(b.id()).open()).isTrue();

        give(b.id(), "Trần Văn Cường", 300_000);
        BatchView closed = batches.close(b.id());

        assertThat(closed.status()).isEqualTo(BatchView.Status.CLOSED);
        assertThat(closed.closedCount()).isEqualTo(3);
        assertThat(closed.closedTotal()).isEqualTo(1_500_000);
        assertThat(closed.closedBy()).isEqualTo("lo-quy-42");
        assertThat(ledger.fund(fund.id()).balance()).isEqualTo(1_500_000);
        assertThat(auditCount("funds_donation_batch", b.id())).isEqualTo(2);
    }

    @Test
    void saysWhatIsTooMuchWhenMoreWasEnteredThanTheCoverSays() {
        BatchView b = batchOf(1, 100_000);
        give(b.id(), "Phạm Thị Dung", 100_000);
        give(b.id(), "Phạm Thị Dung", 50_000);

        assertThatThrownBy(() -> batches.close(b.id())).hasMessageContaining("Thừa 1 khoản, số tiền thừa 50.000 đ");
    }

    @Test
    void aClosedBatchRefusesNewGiftsAndIsCorrectedByReversal() {
        BatchView b = batchOf(2, 300_000);
        DonationView wrong = give(b.id(), "Hoàng Văn Em", 200_000);
        give(b.id(), "Đỗ Thị Giang", 100_000);
        batches.close(b.id());

        assertThatThrownBy(() -> give(b.id(), "Vũ Văn Hải", 10_000))
                .isInstanceOf(FundsException.class)
                .hasMessageContaining("đã khóa sổ")
                .extracting(e -> ((FundsException) e).code())
                .isEqualTo("funds.batch.closed");
        assertThatThrownBy(() -> jdbc.sql("update funds_donation_batch set name = 'sửa' where id = :id")
                        .param("id", b.id())
                        .update())
                .hasMessageContaining("closed batch never changes");
        assertThatThrownBy(() -> jdbc.sql("update funds_donation set amount = 1 where id = :id")
                        .param("id", wrong.id())
                        .update())
                .hasMessageContaining("append-only");

        DonationView reversed = donations.reverse(wrong.id(), "Nhập nhầm số tiền");

        assertThat(reversed.reversedById()).isNotNull();
        BatchView after = batches.batch(b.id());
        assertThat(after.status()).isEqualTo(BatchView.Status.CLOSED);
        assertThat(after.closedTotal()).isEqualTo(300_000);
        assertThat(after.total()).isEqualTo(100_000);
        assertThat(after.donations()).hasSize(2);
        assertThat(ledger.fund(fund.id()).balance()).isEqualTo(100_000);
        assertThatThrownBy(() -> donations.reverse(wrong.id(), "lần nữa")).hasMessageContaining("đã được hủy");
    }

    @Test
    void aReversedGiftInAnOpenBatchNoLongerCountsTowardsItsCover() {
        BatchView b = batchOf(1, 400_000);
        DonationView typo = give(b.id(), "Ngô Văn Khánh", 40_000);
        donations.reverse(typo.id(), "Thiếu một số 0");
        give(b.id(), "Ngô Văn Khánh", 400_000);

        assertThat(batches.close(b.id()).closedTotal()).isEqualTo(400_000);
    }

    @Test
    void matchesDonorsByFoldedNameAndShowsEachGiftAsChosen() {
        BatchView b = batchOf(3, 600_000);
        DonationView named = give(b.id(), "Nguyễn Văn Bình An", 100_000);
        DonationView same = batches.add(
                b.id(),
                new Commands.BatchEntry("NGUYEN  VAN binh an", false, DonorDisplay.MASKED, 200_000, null, null));
        DonationView anonymous = batches.add(
                b.id(),
                new Commands.BatchEntry(
                        "Trần Thị Mai", false, DonorDisplay.ANONYMOUS, 300_000, LocalDate.now(), "Giúp bà con"));

        assertThat(same.donorId()).isEqualTo(named.donorId());
        assertThat(named.publicName()).isEqualTo("Nguyễn Văn Bình An");
        assertThat(same.publicName()).isEqualTo("Nguyễn V. B. A.");
        assertThat(anonymous.publicName()).isEqualTo("Nhà hảo tâm ẩn danh");
        assertThat(anonymous.donorName()).isEqualTo("Trần Thị Mai");
        assertThat(same.purpose()).startsWith("Ủng hộ Quỹ lô");
    }

    @Test
    void refusesAGiftWithoutDonorOrAmountWithAClearMessage() {
        BatchView b = batchOf(1, 100_000);
        assertThatThrownBy(() -> give(b.id(), "  ", 100_000)).hasMessageContaining("Cần nhập tên người");
        assertThatThrownBy(() -> give(b.id(), "Lý Văn Long", 0)).hasMessageContaining("lớn hơn 0 đồng");
        assertThatThrownBy(() -> batches.add(
                        b.id(),
                        new Commands.BatchEntry(
                                "Lý Văn Long",
                                false,
                                null,
                                1_000,
                                LocalDate.now().plusDays(3),
                                null)))
                .hasMessageContaining("ở tương lai");
        assertThatThrownBy(() -> batches.open(new Commands.OpenBatch(fund.id(), cash, "Lô rỗng", 0, 100)))
                .hasMessageContaining("phải lớn hơn 0");
        assertThat(batches.batch(b.id()).count()).isZero();
    }

    long auditCount(String entity, long id) {
        return jdbc.sql("select count(*) from audit_entry where entity = :e and entity_id = :id")
                .param("e", entity)
                .param("id", Long.toString(id))
                .query(Long.class)
                .single();
    }
}
