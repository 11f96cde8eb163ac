package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;
import vn.doanket.IntegrationTest;

/**
 * Data entry checks values against a cached catalogue: an edit reaches it through the
 * {@link IndicatorCatalogueChanged} the catalogue editor publishes, once the edit commits.
 */
@IntegrationTest
class CatalogueCacheTests {

    @Autowired
    CatalogueCache cache;

    @Autowired
    IndicatorCatalogue catalogue;

    @Autowired
    ApplicationEventPublisher events;

    @Autowired
    JdbcClient jdbc;

    @Autowired
    TransactionTemplate tx;

    @Test
    void anEditReachesTheCacheWhenItsEventCommitsAndNotBefore() {
        Indicator first = catalogue.all().get(0);
        String original = first.nameVi();
        assertThat(cache.byCode(first.code().toLowerCase(java.util.Locale.ROOT)))
                .isEqualTo(first);
        assertThat(cache.byId(first.id())).isEqualTo(first);
        try {
            // an edit whose transaction rolls back leaves the cached copy in place
            tx.executeWithoutResult(s -> {
                rename(first, original + " (bản nháp)");
                events.publishEvent(new IndicatorCatalogueChanged(first.id(), first.code()));
                s.setRollbackOnly();
            });
            assertThat(cache.byCode(first.code()).nameVi()).isEqualTo(original);

            tx.executeWithoutResult(s -> {
                rename(first, original + " (đã sửa)");
                events.publishEvent(new IndicatorCatalogueChanged(first.id(), first.code()));
                // not committed yet: a save running now still checks against the catalogue it read
                assertThat(cache.byCode(first.code()).nameVi()).isEqualTo(original);
            });
            assertThat(cache.byCode(first.code()).nameVi()).isEqualTo(original + " (đã sửa)");
            assertThat(cache.byId(first.id()).nameVi()).isEqualTo(original + " (đã sửa)");
        } finally {
            rename(first, original);
            events.publishEvent(new IndicatorCatalogueChanged(first.id(), first.code()));
        }
        assertThat(cache.byCode(first.code()).nameVi()).isEqualTo(original);
    }

    @Test
    void unknownCodesAreNotFoundAndOptionsAreKeptPerBreakdown() {
        assertThat(cache.byCode("KHONG_CO_CHI_TIEU_NAY")).isNull();
        assertThat(cache.byCode(null)).isNull();
        Indicator withBreakdown = catalogue.all().stream()
                .filter(Indicator::hasBreakdown)
                .findFirst()
                .orElseThrow();
        assertThat(cache.options(withBreakdown.categoryCode()))
                .isEqualTo(catalogue.options(withBreakdown.categoryCode()))
                .isNotEmpty();
    }

    @Test
    void theFormsPeriodTypesAreKeptUntilAFormEditCommits() {
        Indicator indicator = catalogue.all().stream()
                .filter(i -> !cache.collectedTypes()
                        .getOrDefault(i.id(), java.util.List.of())
                        .contains(PeriodType.MONTHLY))
                .findFirst()
                .orElseThrow();
        java.util.List<PeriodType> before = cache.collectedTypes().getOrDefault(indicator.id(), java.util.List.of());
        long form = tx.execute(s -> {
            long id = jdbc.sql(
                            """
                            insert into ind_form (code, name_vi, name_en, period_type, levels, deadline_days)
                            values ('TCACHE_MONTHLY', 'Biểu tháng thử', 'Monthly test', 'MONTHLY', '{COMMUNE}', 5)
                            returning id""")
                    .query(Long.class)
                    .single();
            jdbc.sql("insert into ind_form_indicator (form_id, indicator_id, sort_order) values (:f, :i, 1)")
                    .param("f", id)
                    .param("i", indicator.id())
                    .update();
            events.publishEvent(new ReportFormChanged(id, "TCACHE_MONTHLY"));
            // not committed yet: saves still check against the forms as they were
            assertThat(cache.collectedTypes().getOrDefault(indicator.id(), java.util.List.of()))
                    .isEqualTo(before);
            return id;
        });
        try {
            assertThat(cache.collectedTypes().get(indicator.id())).contains(PeriodType.MONTHLY);
        } finally {
            jdbc.sql("delete from ind_form_indicator where form_id = :f")
                    .param("f", form)
                    .update();
            jdbc.sql("delete from ind_form where id = :f").param("f", form).update();
            events.publishEvent(new ReportFormChanged(form, "TCACHE_MONTHLY"));
        }
        assertThat(cache.collectedTypes().getOrDefault(indicator.id(), java.util.List.of()))
                .isEqualTo(before);
    }

    private void rename(Indicator indicator, String name) {
        jdbc.sql("update ind_indicator set name_vi = :n where id = :id")
                .param("n", name)
                .param("id", indicator.id())
                .update();
    }
}
