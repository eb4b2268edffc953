package dev.earshot.catalog;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.eval.SimulatedCatalog;
import dev.earshot.event.Platform;
import dev.earshot.event.TrackMetadata;
import dev.earshot.simulate.Scenario;
import dev.earshot.simulate.SimTrack;
import dev.earshot.simulate.SimulationConfig;
import dev.earshot.simulate.World;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CatalogTest {
    private static final String ID = "spotify:track:4iV5W9uYEdYUVa79Axb7Rh";

    private static TrackMetadata metadata(String title, List<String> genres, Map<String, Double> features) {
        return new TrackMetadata(title, "Artist", "Album", 200_000L, genres, features);
    }

    @Test
    void unknownTrackIsNull() {
        assertThat(new Catalog().find(ID)).isNull();
    }

    @Test
    void upsertReadsInlineMetadata() {
        Catalog c = new Catalog();
        c.upsert(ID, metadata("Song", List.of("rock"), Map.of("energy", 0.8, "valence", 0.3)));

        Track t = c.find(ID);
        assertThat(t.title()).isEqualTo("Song");
        assertThat(t.durationMs()).isEqualTo(200_000L);
        assertThat(t.genres()).containsExactly("rock");
        assertThat(t.features().energy()).isEqualTo(0.8);
        assertThat(t.features().valence()).isEqualTo(0.3);
    }

    @Test
    void missingFeaturesStayNull() {
        Catalog c = new Catalog();
        c.upsert(ID, metadata("Song", List.of(), Map.of("energy", 0.0)));

        AudioFeatures f = c.find(ID).features();
        assertThat(f.energy()).isEqualTo(0.0);
        assertThat(f.valence()).isNull();
        assertThat(f.tempo()).isNull();
        assertThat(f.isEmpty()).isFalse();
    }

    @Test
    void latestKnownValueWinsFieldByField() {
        Catalog c = new Catalog();
        c.upsert(ID, metadata("Old title", List.of("rock"), Map.of("energy", 0.8)));
        c.upsert(ID, new TrackMetadata("New title", null, null, null, List.of(), Map.of()));

        Track t = c.find(ID);
        assertThat(t.title()).isEqualTo("New title");
        assertThat(t.artist()).isEqualTo("Artist");
        assertThat(t.genres()).containsExactly("rock");
        assertThat(t.features().energy()).isEqualTo(0.8);
    }

    @Test
    void newerFeaturesReplaceOlderOnes() {
        Catalog c = new Catalog();
        c.upsert(ID, metadata("Song", List.of(), Map.of("energy", 0.8, "valence", 0.3)));
        c.upsert(ID, metadata("Song", List.of(), Map.of("energy", 0.2)));

        assertThat(c.find(ID).features()).isEqualTo(AudioFeatures.fromMap(Map.of("energy", 0.2)));
    }

    @Test
    void repeatedMetadataKeepsTheSameTrackInstance() {
        Catalog c = new Catalog();
        Track first = c.upsert(ID, metadata("Song", List.of("pop"), Map.of("energy", 0.5)));
        Track again = c.upsert(ID, metadata("Song", List.of("pop"), Map.of("energy", 0.5)));

        assertThat(again).isSameAs(first);
    }

    @Test
    void upsertWithoutMetadataChangesNothing() {
        Catalog c = new Catalog();
        assertThat(c.upsert(ID, null)).isNull();
        assertThat(c.size()).isZero();
    }

    @Test
    void loadsASimulatedWorldUnderTheIdsItsEventsCarry() {
        World world = World.generate(SimulationConfig.of(Scenario.named("spotify"), 20, 2, 7, LocalDate.of(2025, 3, 10)));
        Catalog c = SimulatedCatalog.of(world);

        SimTrack sim = world.catalog().tracks().get(0);
        Track t = c.find(sim.id(Platform.SPOTIFY));
        assertThat(c.size()).isEqualTo(world.catalog().tracks().size());
        assertThat(t.genres()).contains(sim.genre().wire());
        assertThat(t.features().energy()).isEqualTo(sim.audio().energy());
    }
}
