package dev.earshot.segments;

import dev.earshot.analytics.Range;
import static dev.earshot.segments.AudiencesTest.DAY;
import static dev.earshot.segments.AudiencesTest.T0;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.store.DuckDbWarehouse;
import dev.earshot.support.Stored;
import dev.earshot.testkit.Listen;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PresetsTest {
    @TempDir
    Path dir;

    @Test
    void fillsInTheRangesMostPlayedArtist() {
        List<Listen> listens = new ArrayList<>(AudiencesTest.three("a", l -> l.track("track-b", "Abba")));
        listens.add(Listen.play("q", "b", T0));
        try (DuckDbWarehouse w = open(listens)) {
            Preset fans = fans(new Presets(w, clock()).resolve(DAY));
            assertThat(fans.rule().artist()).isEqualTo("Abba");
            assertThat(fans.rule().minListens()).isEqualTo(Rule.DEFAULT_MIN_LISTENS);
        }
    }

    @Test
    void asksForTheTopArtistAgainForAnotherRange() {
        List<Listen> listens = new ArrayList<>(AudiencesTest.three("a", l -> l.track("track-b", "Abba")));
        Instant later = T0.plus(Duration.ofDays(10));
        listens.addAll(AudiencesTest.three("b", l -> l.at(later)));
        try (DuckDbWarehouse w = open(listens)) {
            Presets presets = new Presets(w, clock());
            assertThat(fans(presets.resolve(DAY)).rule().artist()).isEqualTo("Abba");
            Range tenDaysOn = new Range(DAY.from().plus(Duration.ofDays(10)), DAY.to().plus(Duration.ofDays(10)));
            assertThat(fans(presets.resolve(tenDaysOn)).rule().artist()).isEqualTo("Queen");
        }
    }

    @Test
    void leavesOutTheTopArtistPresetWhenNothingWasPlayed() {
        try (DuckDbWarehouse w = open(List.of())) {
            List<Preset> all = new Presets(w, clock()).resolve(DAY);
            assertThat(all).extracting(Preset::id).doesNotContain("top-artist-fans")
                    .contains("energetic-rock", "evening-relaxers", "workout", "high-engagement-spotify");
        }
    }

    @Test
    void everyPresetRuleFindsItsListeners() {
        Listen evening = Listen.play("x", "x", T0.plus(Duration.ofHours(7))).context(dev.earshot.vocab.ListeningContext.RELAX);
        List<Listen> listens = new ArrayList<>(AudiencesTest.three("relaxer", l -> evening.user("relaxer")));
        try (DuckDbWarehouse w = open(listens)) {
            Preset relaxers = new Presets(w, clock()).resolve(DAY).stream()
                    .filter(p -> p.id().equals("evening-relaxers")).findFirst().orElseThrow();
            List<String> members = new ArrayList<>();
            new Audiences(w).members(relaxers.rule(), DAY, m -> members.add(m.userId()));
            assertThat(members).containsExactly("relaxer");
        }
    }

    private static Preset fans(List<Preset> presets) {
        return presets.stream().filter(Preset::fansOfTopArtist).findFirst().orElseThrow();
    }

    private static Clock clock() {
        return Clock.fixed(T0.plus(Duration.ofDays(30)), ZoneOffset.UTC);
    }

    private DuckDbWarehouse open(List<Listen> listens) {
        DuckDbWarehouse w = DuckDbWarehouse.open(dir.resolve("earshot.duckdb"), "256MB", clock());
        w.write(Stored.of(listens), List.of());
        return w;
    }
}
