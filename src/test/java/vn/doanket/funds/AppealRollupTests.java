package vn.doanket.funds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import vn.doanket.IntegrationTest;
import vn.doanket.organization.OrgUnits;
import vn.doanket.organization.Unit;
import vn.doanket.organization.UnitKind;
import vn.doanket.platform.access.Role;

@IntegrationTest
class AppealRollupTests {

    @LocalServerPort
    int port;

    @Autowired
    FundLedger ledger;

    @Autowired
    Appeals appeals;

    @Autowired
    OrgUnits units;

    Unit province;

    @BeforeEach
    void setUp() {
        province = units.get("82");
        FundsFixtures.signIn("van-dong-82", province, Role.OFFICER);
    }

    @AfterEach
    void signOut() {
        FundsFixtures.signOut();
    }

    void receive(FundView fund, long amount) {
        long cash = FundsFixtures.account(ledger, fund.id(), AccountKind.CASH).id();
        ledger.receive(new Commands.ReceiveDonation(fund.id(), cash, amount, LocalDate.now(), "Ủng hộ"));
    }

    @Test
    void anAppealSeesWhatEveryCommitteeBelowThatTakesPartRaisedCountedOnce() throws Exception {
        List<Unit> communes = units.children(province, LocalDate.now()).stream()
                .filter(u -> u.kind() == UnitKind.COMMUNE)
                .limit(2)
                .toList();
        String name = "Ủng hộ đồng bào lũ lụt " + System.nanoTime();
        long appealId =
                ledger.openAppeal(new Commands.OpenAppeal(province.code(), name, LocalDate.now(), null, 10_000_000L));
        FundView own = appeals.takePart(appealId, province.code(), null, null, null);
        FundView first = appeals.takePart(appealId, communes.get(0).code(), null, null, null);
        FundView second = appeals.takePart(appealId, communes.get(1).code(), "Quỹ cứu trợ xã", null, null);
        receive(own, 1_000_000);
        receive(first, 2_000_000);
        receive(second, 3_000_000);
        long provinceCash =
                FundsFixtures.account(ledger, own.id(), AccountKind.CASH).id();
        long communeCash =
                FundsFixtures.account(ledger, first.id(), AccountKind.CASH).id();
        ledger.allocate(new Commands.Allocate(
                own.id(), provinceCash, first.id(), communeCash, 500_000, LocalDate.now(), "Phân bổ"));

        AppealProgress progress = appeals.progress(appealId);

        assertThat(progress.raised()).isEqualTo(6_000_000);
        assertThat(progress.percent()).isEqualTo(60);
        assertThat(progress.appeal().raised()).isEqualTo(6_000_000);
        assertThat(progress.parts())
                .extracting(AppealProgress.Part::unitCode, AppealProgress.Part::raised, AppealProgress.Part::ownLevel)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(province.code(), 1_000_000L, true),
                        org.assertj.core.groups.Tuple.tuple(communes.get(0).code(), 2_000_000L, false),
                        org.assertj.core.groups.Tuple.tuple(communes.get(1).code(), 3_000_000L, false));
        assertThat(ledger.fund(own.id()).name()).isEqualTo("Quỹ cứu trợ – " + name);
        assertThat(appeals.open(communes.get(0).code()))
                .extracting(AppealView::id)
                .contains(appealId);

        HttpClient http = HttpClient.newHttpClient();
        HttpResponse<String> page = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/public/appeals/" + appealId))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body())
                .contains(name)
                .contains("6.000.000 đ")
                .contains(communes.get(1).fullName());
        HttpResponse<String> api = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/public/api/v1/appeals/" + appealId))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(api.statusCode()).isEqualTo(200);
        assertThat(api.body()).contains("\"raised\":6000000").contains("\"percent\":60");
    }

    @Test
    void aCommitteeOutsideTheAppealsTreeCannotTakePart() {
        long appealId = ledger.openAppeal(new Commands.OpenAppeal(
                province.code(), "Vận động riêng tỉnh " + System.nanoTime(), LocalDate.now(), null, null));
        Unit other = units.get("86");
        FundsFixtures.signIn("trung-uong-quy", units.get("VN"), Role.OFFICER);

        assertThatThrownBy(() -> appeals.takePart(appealId, other.code(), null, null, null))
                .isInstanceOf(FundsException.class)
                .hasMessageContaining("chỉ Ủy ban MTTQ của đơn vị đó hoặc cấp dưới");
        assertThat(appeals.progress(appealId).percent()).isNull();
        assertThat(appeals.progress(appealId).raised()).isZero();
    }
}
