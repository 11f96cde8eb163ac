package vn.doanket.organization;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.doanket.IntegrationTest;
import vn.doanket.organization.PeopleCommands.Appoint;
import vn.doanket.organization.PeopleCommands.NewPerson;

/**
 * Several officers appoint a Chủ tịch of the same unit at the same moment: exactly one wins. Commits for
 * real (the race needs two transactions), on the historic Phường Vĩnh Phúc (00006), and removes its
 * people and positions afterwards (their audit entries stay, as audit entries do).
 */
@IntegrationTest
class ChuTichConcurrencyTests {

    static final String VINH_PHUC = "00006";

    @Autowired
    People people;

    @Autowired
    JdbcClient jdbc;

    static final int CANDIDATES = 6;

    final List<Long> created = new ArrayList<>();
    final java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(CANDIDATES);

    @Test
    void onlyOneOfSeveralSimultaneousChuTichAppointmentsSucceeds() throws Exception {
        List<PersonView> candidates = new ArrayList<>();
        for (int i = 0; i < CANDIDATES; i++) {
            candidates.add(register("Nguyễn Văn Ứng Viên " + (i + 1)));
        }
        CountDownLatch start = new CountDownLatch(1);
        List<CompletableFuture<String>> attempts = candidates.stream()
                .map(p -> CompletableFuture.supplyAsync(() -> appointAfter(start, p), pool))
                .toList();
        start.countDown();

        List<String> outcomes = new ArrayList<>();
        for (CompletableFuture<String> attempt : attempts) {
            outcomes.add(attempt.get(60, TimeUnit.SECONDS));
        }

        assertThat(outcomes).filteredOn("appointed"::equals).hasSize(1);
        assertThat(outcomes).filteredOn("org.position-chair-taken"::equals).hasSize(CANDIDATES - 1);
        assertThat(people.leadership(VINH_PHUC, LocalDate.of(2024, 6, 1)))
                .filteredOn(p -> p.title() == PositionTitle.CHU_TICH)
                .hasSize(1);
    }

    @AfterEach
    void removeWhatThisTestCommitted() {
        pool.shutdownNow();
        jdbc.sql("delete from org_position where person_id in (:ids)")
                .param("ids", created)
                .update();
        jdbc.sql("delete from org_person where id in (:ids)")
                .param("ids", created)
                .update();
    }

    private String appointAfter(CountDownLatch start, PersonView person) {
        try {
            start.await();
            people.appoint(new Appoint(
                    person.id(),
                    VINH_PHUC,
                    PositionTitle.CHU_TICH,
                    new Term(2021, 2026),
                    LocalDate.of(2024, 2, 1),
                    null));
            return "appointed";
        } catch (PositionRuleException e) {
            return e.code();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }

    private PersonView register(String name) {
        PersonView p = people.register(new NewPerson(VINH_PHUC, name, Gender.NAM, 1970, null, null));
        created.add(p.id());
        return p;
    }
}
