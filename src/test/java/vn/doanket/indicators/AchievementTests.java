package vn.doanket.indicators;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class AchievementTests {

    @Test
    void bloodDonation54Of44UnitsIs123Percent() {
        Achievement a = Achievement.of(BigDecimal.valueOf(54), BigDecimal.valueOf(44));
        assertThat(a.percent()).isEqualByComparingTo("122.7");
        assertThat(a.wholePercent()).isEqualTo(123);
        assertThat(a.reached()).isTrue();
    }

    @Test
    void cremation9Of17Is53PercentAndNotReached() {
        Achievement a = Achievement.of(BigDecimal.valueOf(9), BigDecimal.valueOf(17));
        assertThat(a.wholePercent()).isEqualTo(53);
        assertThat(a.reached()).isFalse();
    }

    @Test
    void seaIslandsFundRaised161PercentOfItsTarget() {
        Achievement a = Achievement.of(new BigDecimal("72925000"), new BigDecimal("45300000"));
        assertThat(a.wholePercent()).isEqualTo(161);
    }

    @Test
    void withoutATargetThereIsNoAchievement() {
        assertThat(Achievement.of(BigDecimal.TEN, null).percent()).isNull();
        assertThat(Achievement.of(BigDecimal.TEN, BigDecimal.ZERO).percent()).isNull();
        assertThat(Achievement.of(null, BigDecimal.TEN).reached()).isFalse();
    }
}
