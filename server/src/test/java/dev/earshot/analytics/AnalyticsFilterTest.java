package dev.earshot.analytics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.event.Platform;
import dev.earshot.store.BoundSql;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class AnalyticsFilterTest {
    private static final Instant T = Instant.parse("2024-03-10T12:00:00Z");
    private static final Clock CLOCK = Clock.fixed(T, ZoneOffset.UTC);

    @Test
    void takesAnyCaseOfCountryAndKeepsItUpperCase() {
        assertThat(new AnalyticsFilter(Range.ALL, Platform.TIDAL, "de").country()).isEqualTo("DE");
        assertThat(AnalyticsFilter.countryCode("us")).isEqualTo("US");
    }

    @Test
    void refusesABadCountryNamingTheParameter() {
        for (String bad : new String[] {"USA", "U", "", "1A", "ü1", "U S"}) {
            assertThatThrownBy(() -> new AnalyticsFilter(Range.ALL, null, bad))
                    .isInstanceOfSatisfying(InvalidParameterException.class, e -> {
                        assertThat(e.parameter()).isEqualTo("country");
                        assertThat(e.reason()).startsWith("must be");
                    });
        }
    }

    @Test
    void defaultsToTheSevenDaysBeforeNowOrBeforeTo() {
        assertThat(AnalyticsFilter.range(null, null, CLOCK)).isEqualTo(new Range(T.minus(Duration.ofDays(7)), T));
        Instant to = T.minus(Duration.ofDays(30));
        assertThat(AnalyticsFilter.range(null, to, CLOCK)).isEqualTo(new Range(to.minus(Duration.ofDays(7)), to));
        Instant from = T.minus(Duration.ofDays(1));
        assertThat(AnalyticsFilter.range(from, null, CLOCK)).isEqualTo(new Range(from, T));
        assertThat(AnalyticsFilter.of(null, null, Platform.SPOTIFY, "gb", CLOCK))
                .isEqualTo(new AnalyticsFilter(T.minus(Duration.ofDays(7)), T, Platform.SPOTIFY, "GB"));
    }

    @Test
    void refusesAnEmptyOrBackwardRangeNamingFrom() {
        assertThatThrownBy(() -> new Range(T, T)).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.parameter()).isEqualTo("from"));
        assertThatThrownBy(() -> AnalyticsFilter.range(T.plusSeconds(1), null, CLOCK))
                .isInstanceOfSatisfying(InvalidParameterException.class, e -> assertThat(e.parameter()).isEqualTo("from"));
    }

    @Test
    void previousIsTheSameLengthEndingAtFromWithTheSameDimensions() {
        AnalyticsFilter f = new AnalyticsFilter(T.minus(Duration.ofDays(2)), T, Platform.DEEZER, "FR");
        assertThat(f.previous()).isEqualTo(new AnalyticsFilter(T.minus(Duration.ofDays(4)), T.minus(Duration.ofDays(2)),
                Platform.DEEZER, "FR"));
        assertThat(f.span()).isEqualTo(Duration.ofDays(2));
        assertThat(f.withRange(Range.ALL)).isEqualTo(new AnalyticsFilter(Range.ALL, Platform.DEEZER, "FR"));
    }

    @Test
    void becomesAConditionWithItsValuesAsParameters() {
        BoundSql sql = new AnalyticsFilter(Range.ALL, Platform.SPOTIFY, "US").condition();
        assertThat(sql.sql()).isEqualTo("true AND platform = ? AND country = ?");
        assertThat(sql.binds()).containsExactly("spotify", "US");
        assertThat(AnalyticsFilter.all().condition().sql()).isEqualTo("true");
        BoundSql dims = new AnalyticsFilter(Range.ALL, null, "US").dimensions("e.");
        assertThat(dims.sql()).isEqualTo(" AND e.country = ?");
        assertThat(dims.binds()).containsExactly("US");
    }

    @Test
    void matchesCountriesOnlyWhenOneIsSet() {
        assertThat(AnalyticsFilter.all().countryMatches(null)).isTrue();
        assertThat(new AnalyticsFilter(Range.ALL, null, "US").countryMatches("US")).isTrue();
        assertThat(new AnalyticsFilter(Range.ALL, null, "US").countryMatches("DE")).isFalse();
        assertThat(new AnalyticsFilter(Range.ALL, null, "US").countryMatches(null)).isFalse();
    }
}
