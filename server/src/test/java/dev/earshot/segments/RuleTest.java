package dev.earshot.segments;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.earshot.analytics.InvalidParameterException;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

class RuleTest {

    @Test
    void refusesAnUnknownMoodContextOrPlatformNamingTheField() {
        assertRefused("mood", () -> rule(null, "grumpy", null, null, null, null, 3));
        assertRefused("context", () -> rule(null, null, "gym", null, null, null, 3));
        assertRefused("platform", () -> rule(null, null, null, "napster", null, null, 3));
    }

    @Test
    void refusesACountryThatIsNotTwoLetters() {
        assertRefused("country", () -> rule(null, null, null, null, "USA", null, 3));
        assertRefused("country", () -> rule(null, null, null, null, "1a", null, 3));
    }

    @Test
    void refusesEngagementOutsideZeroToOne() {
        assertRefused("min_engagement", () -> rule(null, null, null, null, null, 1.5, 3));
        assertRefused("min_engagement", () -> rule(null, null, null, null, null, -0.1, 3));
        assertRefused("min_engagement", () -> rule(null, null, null, null, null, Double.NaN, 3));
    }

    @Test
    void refusesMinListensBelowOne() {
        assertRefused("min_listens", () -> rule(null, null, null, null, null, null, 0));
    }

    @Test
    void refusesHoursThatAreNotTwoHoursOfTheDay() {
        assertRefused("hours", () -> HourRange.parse("25-3"));
        assertRefused("hours", () -> HourRange.parse("18"));
        assertRefused("hours", () -> HourRange.parse("a-b"));
        assertRefused("hours", () -> HourRange.parse("-1-3"));
    }

    @Test
    void normalisesCountryCaseAndBlankValues() {
        Rule r = rule(" ", "calm", "relax", "spotify", "de", 0.0, 1);
        assertThat(r.genre()).isNull();
        assertThat(r.country()).isEqualTo("DE");
    }

    @Test
    void hoursWrapWhenTheyEndBeforeTheyStart() {
        assertThat(HourRange.parse("22-2").wraps()).isTrue();
        assertThat(HourRange.parse("18-23").wraps()).isFalse();
        assertThat(HourRange.parse(" 7 - 7 ")).hasToString("7-7");
    }

    private static Rule rule(String genre, String mood, String context, String platform, String country,
                             Double engagement, int minListens) {
        return new Rule(genre, mood, context, platform, country, engagement, null, null, minListens);
    }

    private static void assertRefused(String field, ThrowingCallable call) {
        assertThatThrownBy(call).isInstanceOfSatisfying(InvalidParameterException.class,
                e -> assertThat(e.parameter()).isEqualTo(field));
    }
}
