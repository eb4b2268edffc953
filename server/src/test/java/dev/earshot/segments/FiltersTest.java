package dev.earshot.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.store.BoundSql;
import dev.earshot.event.Platform;
import org.junit.jupiter.api.Test;

class FiltersTest {

    @Test
    void readsPlatformAndCountryAndTakesBlankForAll() {
        assertThat(Filters.parse("tidal", "de")).isEqualTo(new Filters(Platform.TIDAL, "DE"));
        assertThat(Filters.parse(" ", null)).isEqualTo(Filters.NONE);
    }

    @Test
    void refusesAnUnknownPlatformOrABadCountryNamingTheField() {
        assertThatThrownBy(() -> Filters.parse("napster", null)).isInstanceOfSatisfying(InvalidRuleException.class,
                e -> assertThat(e.field()).isEqualTo("platform"));
        assertThatThrownBy(() -> Filters.parse(null, "USA")).isInstanceOfSatisfying(InvalidRuleException.class,
                e -> assertThat(e.field()).isEqualTo("country"));
    }

    @Test
    void becomesAConditionWithItsValuesAsParameters() {
        BoundSql sql = new Filters(Platform.SPOTIFY, "US").condition();
        assertThat(sql.sql()).isEqualTo("true AND platform = ? AND country = ?");
        assertThat(sql.binds()).containsExactly("spotify", "US");
        assertThat(Filters.NONE.condition().sql()).isEqualTo("true");
    }
}
