package dev.earshot.segments;

import dev.earshot.analytics.Range;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.event.EventType;
import dev.earshot.event.Platform;
import dev.earshot.rules.CleanupRules;
import dev.earshot.rules.RuleStore;
import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.support.Stored;
import dev.earshot.testkit.Events;
import dev.earshot.testkit.Listen;
import dev.earshot.vocab.ListeningContext;
import dev.earshot.vocab.Mood;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each rule field against two listeners with three plays each that differ only in what the field looks at:
 * "in" matches, "out" does not. The base listen is a rock, energetic, workout play by Queen on Spotify in
 * Berlin at 13:00 local time with engagement 0.5.
 */
class AudiencesTest {
    static final Instant T0 = Instant.parse("2024-01-16T12:00:00Z");
    static final Range DAY = new Range(T0.minus(Duration.ofHours(12)), T0.plus(Duration.ofHours(12)));

    @TempDir
    Path dir;

    @Test
    void genreKeepsListensWhoseTopGenreItIs() {
        assertThat(members(rule().genre("rock"), l -> l, l -> l.genre("pop"))).containsExactly("in");
    }

    @Test
    void moodKeepsListensInThatMood() {
        assertThat(members(rule().mood("calm"), l -> l.mood(Mood.CALM), l -> l)).containsExactly("in");
    }

    @Test
    void contextKeepsListensInThatContext() {
        assertThat(members(rule().context("relax"), l -> l.context(ListeningContext.RELAX), l -> l)).containsExactly("in");
    }

    @Test
    void platformKeepsListensOnThatPlatform() {
        assertThat(members(rule().platform("tidal"), l -> l.platform(Platform.TIDAL), l -> l)).containsExactly("in");
    }

    @Test
    void countryKeepsListensFromThatCountryWhateverItsCase() {
        assertThat(members(rule().country("us"), l -> l.location(Listen.SAN_FRANCISCO), l -> l)).containsExactly("in");
    }

    @Test
    void minEngagementKeepsListensAtOrAboveIt() {
        assertThat(members(rule().minEngagement(0.7), l -> l.engagement(0.7), l -> l.engagement(0.69)))
                .containsExactly("in");
    }

    @Test
    void artistKeepsListensOfThatArtistIgnoringCase() {
        assertThat(members(rule().artist("qUEEN"), l -> l, l -> l.track("track-b", "Abba"))).containsExactly("in");
    }

    @Test
    void artistFindsTheTracksOfTheArtistItIsMergedIntoAndOfSplitCredits() {
        List<Listen> listens = new ArrayList<>(three("merged", l -> l.track("track-b", "Beyonce")));
        listens.addAll(three("split", l -> l.track("track-c", "Jay-Z & Beyoncé")));
        listens.addAll(three("out", l -> l.track("track-d", "Jay-Z")));
        try (DuckDbWarehouse w = open(listens)) {
            new RuleStore(w, w, Events.CLOCK, UnaryOperator.identity()).replace(new CleanupRules(null,
                    List.of(new CleanupRules.Merge("Beyoncé", List.of("Beyonce"))),
                    List.of(new CleanupRules.Split("Jay-Z & Beyoncé", null))));
            List<String> out = new ArrayList<>();
            new Audiences(w).members(rule().artist("beyonce").build(), DAY, m -> out.add(m.userId()));
            assertThat(out).containsExactlyInAnyOrder("merged", "split");
        }
    }

    @Test
    void hoursAreTheListenersLocalHoursBothEndsIncluded() {
        // 17:00Z and 22:00Z are 18 and 23 in Berlin, the range's ends; 23:00Z is midnight there.
        assertThat(members(rule().hours("18-23"), l -> l.at(T0.plus(Duration.ofHours(5))),
                l -> l.at(T0.plus(Duration.ofHours(11))))).containsExactly("in");
        assertThat(members(rule().hours("18-23"), l -> l.at(T0.plus(Duration.ofHours(10))),
                l -> l.at(T0.plus(Duration.ofHours(4))))).containsExactly("in");
    }

    @Test
    void hoursWrapPastMidnight() {
        // 23:00 and 00:30 local (22:00Z, 23:30Z) are in 23-1; 22:00 and 02:00 local are not.
        assertThat(members(rule().hours("23-1"), l -> l.at(T0.plus(Duration.ofHours(10))),
                l -> l.at(T0.plus(Duration.ofHours(9))))).containsExactly("in");
        assertThat(members(rule().hours("23-1"), l -> l.at(T0.plus(Duration.ofHours(11)).plusSeconds(1800)),
                l -> l.at(T0.minus(Duration.ofHours(11))))).containsExactly("in");
    }

    @Test
    void minListensCountsOnlyMatchingPlaysInTheRange() {
        List<Listen> listens = new ArrayList<>(three("in", l -> l));
        listens.add(Listen.play("out-0", "out", T0));
        listens.add(Listen.play("out-1", "out", T0.plusSeconds(1)));
        listens.add(Listen.play("out-skip", "out", T0.plusSeconds(2)).type(EventType.SKIP));
        listens.add(Listen.play("out-old", "out", T0.minus(Duration.ofDays(3))));
        assertThat(members(rule().build(), listens)).containsExactly("in");
        assertThat(members(rule().minListens(2).build(), listens)).containsExactly("in", "out");
    }

    @Test
    void minShareJudgesTasteByTheShareOfTheListenersOwnListens() {
        // "fan": 3 rock plays of 4; "heavy": the same 3 rock plays among 12 pop plays (20%).
        List<Listen> listens = new ArrayList<>(three("fan", l -> l));
        listens.add(Listen.play("fan-pop", "fan", T0.plusSeconds(600)).genre("pop"));
        listens.addAll(three("heavy", l -> l));
        for (int i = 0; i < 12; i++) {
            listens.add(Listen.play("heavy-pop-" + i, "heavy", T0.plusSeconds(700 + i)).genre("pop"));
        }
        assertThat(members(rule().genre("rock").build(), listens)).containsExactlyInAnyOrder("fan", "heavy");
        assertThat(members(rule().genre("rock").build().withMinShare(0.25), listens)).containsExactly("fan");
        assertThat(rule().build().withMinShare(0.25).admits(3, 12)).isTrue();
        assertThat(rule().build().withMinShare(0.25).admits(3, 13)).isFalse();
    }

    @Test
    void thePresetsAskForAShareOfListens() {
        assertThat(Presets.ALL).allSatisfy(p -> assertThat(p.rule().minShare()).as(p.id()).isNotNull());
    }

    @Test
    void answersTheSizeAsAShareOfEveryoneWhoListenedInTheRange() {
        List<Listen> listens = new ArrayList<>(three("in", l -> l));
        listens.addAll(three("out", l -> l.genre("pop")));
        listens.add(Listen.play("idle", "idle", T0).type(EventType.PAUSE));
        try (DuckDbWarehouse w = open(listens)) {
            Audience a = new Audiences(w).audience(rule().genre("rock").build(), DAY);
            assertThat(a.audience()).isEqualTo(1);
            assertThat(a.shareOfListeners()).isEqualTo(1 / 3.0);
            assertThat(a.sampleUsers()).containsExactly(new AudienceMember("in", 3, "DE", "spotify", 0.5));
        }
    }

    private List<String> members(RuleBuilder rule, UnaryOperator<Listen> in, UnaryOperator<Listen> out) {
        List<Listen> listens = new ArrayList<>(three("in", in));
        listens.addAll(three("out", out));
        return members(rule.build(), listens);
    }

    private List<String> members(Rule rule, List<Listen> listens) {
        try (DuckDbWarehouse w = open(listens)) {
            List<String> out = new ArrayList<>();
            new Audiences(w).members(rule, DAY, m -> out.add(m.userId()));
            return out;
        }
    }

    private DuckDbWarehouse open(List<Listen> listens) {
        DuckDbWarehouse w = DuckDbWarehouse.open(dir.resolve(System.nanoTime() + ".duckdb"), "256MB", Events.CLOCK);
        w.write(Stored.of(listens), List.of());
        return w;
    }

    /** Three plays a minute apart from T0, as {@code change} makes them. */
    static List<Listen> three(String user, UnaryOperator<Listen> change) {
        List<Listen> out = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            Listen base = change.apply(Listen.play("x", user, T0));
            out.add(base.id(user + "-" + i).at(base.at().plusSeconds(60L * i)));
        }
        return out;
    }

    static RuleBuilder rule() {
        return new RuleBuilder();
    }

    /** Rules for tests: only the fields a test names. */
    static final class RuleBuilder {
        private String genre, mood, context, platform, country, artist;
        private Double minEngagement;
        private HourRange hours;
        private int minListens = Rule.DEFAULT_MIN_LISTENS;

        RuleBuilder genre(String v) { genre = v; return this; }
        RuleBuilder mood(String v) { mood = v; return this; }
        RuleBuilder context(String v) { context = v; return this; }
        RuleBuilder platform(String v) { platform = v; return this; }
        RuleBuilder country(String v) { country = v; return this; }
        RuleBuilder artist(String v) { artist = v; return this; }
        RuleBuilder minEngagement(double v) { minEngagement = v; return this; }
        RuleBuilder hours(String v) { hours = HourRange.parse(v); return this; }
        RuleBuilder minListens(int v) { minListens = v; return this; }

        Rule build() {
            return new Rule(genre, mood, context, platform, country, minEngagement, hours, artist, minListens);
        }
    }
}
