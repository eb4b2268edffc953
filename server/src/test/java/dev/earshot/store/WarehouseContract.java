package dev.earshot.store;

import static dev.earshot.testkit.Events.T0;
import static dev.earshot.testkit.Events.event;
import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.enrich.Enrichment;
import dev.earshot.enrich.GenrePrediction;
import dev.earshot.enrich.GenreProbability;
import dev.earshot.enrich.ListeningContextInsight;
import dev.earshot.enrich.MoodAnalysis;
import dev.earshot.enrich.Source;
import dev.earshot.enrich.TimeOfDay;
import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Platform;
import dev.earshot.event.TrackMetadata;
import dev.earshot.vocab.ListeningContext;
import dev.earshot.vocab.Mood;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What every {@link Warehouse} must do; extended once per implementation. */
abstract class WarehouseContract {

    abstract Warehouse open();

    @Test
    void readsBackEveryFieldOfAStoredEvent() {
        ListenEvent full = new ListenEvent("full-1", EventType.SKIP, "user-ü", "track-1", T0, T0.minusSeconds(3),
                Platform.APPLE_MUSIC, new dev.earshot.event.Location("DE", "Berlin", "Berlin"), "sess", 12_000L, 12_000L,
                180_000L, dev.earshot.event.Device.CAR,
                new dev.earshot.event.PlaybackContext(dev.earshot.event.ContextType.PLAYLIST, "pl-1"),
                new TrackMetadata("Title 🎵", "Artist", "Album", 180_000L, List.of("rock", "indie"), Map.of("energy", 0.9)));
        Instant received = T0.plusMillis(1_234);
        try (Warehouse w = open()) {
            w.write(List.of(new StoredEvent(full, received)), List.of());
            StoredEvent back = w.event("full-1").orElseThrow();
            assertThat(back.event()).isEqualTo(full);
            assertThat(back.receivedAt()).isEqualTo(received);
        }
    }

    @Test
    void inlineTrackMetadataGoesToTheCatalogWhereTheLatestWins() {
        TrackMetadata first = new TrackMetadata("Old title", "Artist", null, 200_000L, List.of("rock"), Map.of("energy", 0.5));
        TrackMetadata second = new TrackMetadata("New title", "Artist", "Album", 201_000L, List.of("rock", "indie"),
                Map.of("energy", 0.7, "tempo", 128.0));
        try (Warehouse w = open()) {
            w.write(List.of(new StoredEvent(withTrack(event("a", "u", T0), first), T0)), List.of());
            w.write(List.of(new StoredEvent(withTrack(event("b", "u", T0.plusSeconds(1)), second), T0),
                    new StoredEvent(event("c", "u", T0.plusSeconds(2)), T0)), List.of());
            // Every event of the track, with or without metadata of its own, shows the catalog's current entry.
            assertThat(w.event("a").orElseThrow().event().track()).isEqualTo(second);
            assertThat(w.event("c").orElseThrow().event().track()).isEqualTo(second);
            assertThat(w.track("spotify:track:4iV5W9uYEdYUVa79Axb7Rh")).hasValue(second);
            assertThat(w.track("never-described")).isEmpty();
        }
    }

    @Test
    void keepsTheInsightOfEachEvent() {
        Enrichment insight = new Enrichment(
                new MoodAnalysis(Mood.TENSE, 0.2, 0.9, 0.8, Source.FEATURES),
                new GenrePrediction(List.of(new GenreProbability("metal", 0.7), new GenreProbability("rock", 0.3)),
                        Source.CATALOG, 0),
                new ListeningContextInsight(ListeningContext.WORKOUT, TimeOfDay.MORNING, true, 0.6, Source.RULES),
                List.of("t2", "t3"), 0.83, "test-1");
        Enrichment sparse = new Enrichment(null, null, null, null, 0.0, "test-1");
        try (Warehouse w = open()) {
            w.write(List.of(new StoredEvent(event("rich", "u", T0), T0, insight),
                    new StoredEvent(event("sparse", "u", T0), T0, sparse),
                    new StoredEvent(event("none", "u", T0), T0, null)), List.of());
            assertThat(w.event("rich").orElseThrow().enrichment()).isEqualTo(insight);
            assertThat(w.event("sparse").orElseThrow().enrichment()).isEqualTo(sparse);
            assertThat(w.event("none").orElseThrow().enrichment()).isNull();
        }
    }

    @Test
    void replaysARangeOldestFirstSkippingEventsOfTheGivenModelVersion() {
        Enrichment current = new Enrichment(null, null, null, null, 0.5, "v2");
        Enrichment old = new Enrichment(null, null, null, null, 0.5, "v1");
        try (Warehouse w = open()) {
            w.write(List.of(new StoredEvent(event("late", "u", T0.plusSeconds(20)), T0, old),
                    new StoredEvent(event("early", "u", T0.plusSeconds(10)), T0, null),
                    new StoredEvent(event("done", "u", T0.plusSeconds(15)), T0, current),
                    new StoredEvent(event("outside", "u", T0.plusSeconds(99)), T0, null)), List.of());
            List<String> stale = new ArrayList<>();
            w.replay(T0, T0.plusSeconds(60), "v2", e -> stale.add(e.event().eventId()));
            assertThat(stale).containsExactly("early", "late");
            List<String> every = new ArrayList<>();
            w.replay(T0, T0.plusSeconds(60), null, e -> every.add(e.event().eventId()));
            assertThat(every).containsExactly("early", "done", "late");
            assertThat(w.span()).hasValue(new EventSpan(T0.plusSeconds(10), T0.plusSeconds(99)));
        }
    }

    @Test
    void replacesTheInsightOfStoredEventsAndNothingElse() {
        Enrichment fresh = new Enrichment(null,
                new GenrePrediction(List.of(new GenreProbability("jazz", 0.6), new GenreProbability("soul", 0.4)),
                        Source.NEIGHBOURS, 0), null, List.of("t9"), 0.9, "v2");
        try (Warehouse w = open()) {
            assertThat(w.span()).isEmpty();
            w.write(List.of(new StoredEvent(event("a", "u", T0), T0, null),
                    new StoredEvent(event("b", "u", T0), T0, null)), List.of());
            w.replaceEnrichment(List.of(new StoredEvent(event("a", "u", T0), T0, fresh)));
            StoredEvent a = w.event("a").orElseThrow();
            assertThat(a.enrichment()).isEqualTo(fresh);
            assertThat(a.event()).isEqualTo(event("a", "u", T0));
            assertThat(w.event("b").orElseThrow().enrichment()).isNull();
            assertThat(w.countEvents()).isEqualTo(2);
        }
    }

    @Test
    void streamsListensSinceATimeOldestFirstForModelRebuilds() {
        try (Warehouse w = open()) {
            w.write(List.of(new StoredEvent(event("late", "u2", T0.plusSeconds(20)), T0),
                    new StoredEvent(event("old", "u1", T0.minusSeconds(3600)), T0),
                    new StoredEvent(event("early", "u1", T0.plusSeconds(10)), T0)), List.of());
            List<String> seen = new ArrayList<>();
            w.listens(T0, (user, track, type, msPlayed) -> seen.add(user + "/" + type.wire() + "/" + msPlayed));
            assertThat(seen).containsExactly("u1/play/1000", "u2/play/1000");
        }
    }

    @Test
    void listsTheCatalogForWarmingACache() {
        TrackMetadata meta = new TrackMetadata("T", "A", null, 1_000L, List.of("jazz"), Map.of("energy", 0.1));
        try (Warehouse w = open()) {
            w.write(List.of(new StoredEvent(withTrack(event("a", "u", T0), meta), T0)), List.of());
            Map<String, TrackMetadata> seen = new java.util.HashMap<>();
            w.tracks(seen::put);
            assertThat(seen).containsExactly(Map.entry("spotify:track:4iV5W9uYEdYUVa79Axb7Rh", meta));
        }
    }

    @Test
    void sparseTrackMetadataKeepsWhatWasKnown() {
        TrackMetadata full = new TrackMetadata("Title", "Artist", "Album", 1_000L, List.of("jazz"), Map.of("energy", 0.1));
        TrackMetadata sparse = new TrackMetadata(null, null, null, null, List.of(), Map.of("valence", 0.4));
        try (Warehouse w = open()) {
            w.write(List.of(new StoredEvent(withTrack(event("a", "u", T0), full), T0)), List.of());
            w.write(List.of(new StoredEvent(withTrack(event("b", "u", T0), sparse), T0)), List.of());
            assertThat(w.event("b").orElseThrow().event().track()).isEqualTo(new TrackMetadata("Title", "Artist", "Album",
                    1_000L, List.of("jazz"), Map.of("energy", 0.1, "valence", 0.4)));
        }
    }

    @Test
    void eventsOfTracksWithoutMetadataHaveNoTrack() {
        try (Warehouse w = open()) {
            w.write(List.of(new StoredEvent(event("a", "u", T0), T0)), List.of());
            assertThat(w.event("a").orElseThrow().event().track()).isNull();
        }
    }

    @Test
    void aPageShowsEachEventWithItsTracksCatalogEntryAsASingleEventDoes() {
        TrackMetadata jazz = new TrackMetadata("Blue", "Miles", "Kind", 300_000L, List.of("jazz"), Map.of("energy", 0.2));
        TrackMetadata rock = new TrackMetadata("Loud", "Band", null, 200_000L, List.of(), Map.of());
        try (Warehouse w = open()) {
            w.write(List.of(new StoredEvent(withTrack(onTrack(event("a", "u", T0), "t-jazz"), jazz), T0),
                    new StoredEvent(withTrack(onTrack(event("b", "u", T0.plusSeconds(1)), "t-rock"), rock), T0),
                    new StoredEvent(onTrack(event("c", "u", T0.plusSeconds(2)), "t-jazz"), T0),
                    new StoredEvent(onTrack(event("d", "u", T0.plusSeconds(3)), "t-unknown"), T0)), List.of());
            EventPage page = w.events(new EventQuery("u", null, null, null, null, null, null, 10));
            assertThat(page.events()).extracting(e -> e.event().eventId()).containsExactly("d", "c", "b", "a");
            // w.event reads the events joined to the catalog: the page must show the very same events.
            for (StoredEvent e : page.events()) {
                assertThat(e).isEqualTo(w.event(e.event().eventId()).orElseThrow());
            }
            assertThat(page.events().get(1).event().track()).isEqualTo(jazz);
            assertThat(page.events().get(0).event().track()).isNull();
        }
    }

    private static ListenEvent onTrack(ListenEvent e, String trackId) {
        return new ListenEvent(e.eventId(), e.eventType(), e.userId(), trackId, e.timestamp(), e.deviceTimestamp(),
                e.platform(), e.location(), e.sessionId(), e.positionMs(), e.msPlayed(), e.durationMs(), e.device(),
                e.context(), e.track());
    }

    private static ListenEvent withTrack(ListenEvent e, TrackMetadata track) {
        return new ListenEvent(e.eventId(), e.eventType(), e.userId(), e.trackId(), e.timestamp(), e.deviceTimestamp(),
                e.platform(), e.location(), e.sessionId(), e.positionMs(), e.msPlayed(), e.durationMs(), e.device(),
                e.context(), track);
    }

    @Test
    void listsNewestFirstAndPagesWithACursorWithoutGapsOrRepeats() {
        try (Warehouse w = open()) {
            List<StoredEvent> rows = new ArrayList<>();
            for (int i = 0; i < 25; i++) {
                // Pairs share a timestamp so that the event_id tie-break is exercised.
                rows.add(new StoredEvent(event(String.format("e%02d", i), "u", T0.plusSeconds(i / 2)), T0));
            }
            w.write(rows, List.of());
            List<String> seen = new ArrayList<>();
            Cursor cursor = null;
            do {
                EventPage page = w.events(new EventQuery(null, null, null, null, null, null, cursor, 10));
                page.events().forEach(e -> seen.add(e.event().eventId()));
                cursor = page.next();
            } while (cursor != null);
            assertThat(seen).hasSize(25).doesNotHaveDuplicates();
            assertThat(seen.get(0)).isEqualTo("e24");
            assertThat(seen.get(1)).isEqualTo("e23");
            assertThat(seen.get(24)).isEqualTo("e00");
        }
    }

    @Test
    void filtersByUserTrackTypePlatformAndTimeRange() {
        try (Warehouse w = open()) {
            ListenEvent a = event("a", "alice", T0);
            ListenEvent b = event("b", "bob", T0.plusSeconds(60));
            ListenEvent c = new ListenEvent("c", EventType.LIKE, "alice", "other-track", T0.plusSeconds(120),
                    T0.plusSeconds(120), Platform.YOUTUBE_MUSIC, null, null, null, null, null, null, null, null);
            w.write(List.of(new StoredEvent(a, T0), new StoredEvent(b, T0), new StoredEvent(c, T0)), List.of());
            assertThat(ids(w, new EventQuery("alice", null, null, null, null, null, null, 10))).containsExactly("c", "a");
            assertThat(ids(w, new EventQuery(null, "other-track", null, null, null, null, null, 10))).containsExactly("c");
            assertThat(ids(w, new EventQuery(null, null, EventType.PLAY, null, null, null, null, 10))).containsExactly("b", "a");
            assertThat(ids(w, new EventQuery(null, null, null, Platform.YOUTUBE_MUSIC, null, null, null, 10))).containsExactly("c");
            assertThat(ids(w, new EventQuery(null, null, null, null, T0.plusSeconds(60), T0.plusSeconds(120), null, 10)))
                    .containsExactly("b");
        }
    }

    @Test
    void keepsWhereEachEventCameFromAndFiltersByIt() {
        try (Warehouse w = open()) {
            w.write(List.of(new StoredEvent(event("api", "u", T0), T0),
                    new StoredEvent(event("sim", "u", T0.plusSeconds(1)), T0, null, EventOrigin.SIMULATION),
                    new StoredEvent(event("lb", "u", T0.plusSeconds(2)), T0, null, EventOrigin.LISTENBRAINZ),
                    new StoredEvent(event("imp", "u", T0.plusSeconds(3)), T0, null,
                            EventOrigin.imported(dev.earshot.imports.ImportFormat.SPOTIFY_EXTENDED))), List.of());
            assertThat(w.event("sim").orElseThrow().source()).isEqualTo(EventOrigin.SIMULATION);
            assertThat(w.event("imp").orElseThrow().source().wire()).isEqualTo("import:spotify");
            assertThat(w.event("api").orElseThrow().source()).isEqualTo(EventOrigin.API);
            assertThat(ids(w, new EventQuery(null, null, null, null, null, null, null, 10, EventOrigin.SIMULATION, null)))
                    .containsExactly("sim");
            assertThat(ids(w, new EventQuery(null, null, null, null, null, null, null, 10, null, EventOrigin.SIMULATION)))
                    .containsExactly("imp", "lb", "api");
        }
    }

    @Test
    void findsIdsByDeviceDayForDedupe() {
        Instant day1 = Instant.parse("2024-03-01T23:59:59Z");
        Instant day2 = Instant.parse("2024-03-02T00:00:00Z");
        try (Warehouse w = open()) {
            w.write(List.of(new StoredEvent(event("x", "u", day1), T0), new StoredEvent(event("y", "u", day2), T0)), List.of());
            List<String> onDay1 = new ArrayList<>();
            w.eventIdsOnDays(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-02"), (day, id) -> onDay1.add(id));
            assertThat(onDay1).containsExactly("x");
            List<String> onBoth = new ArrayList<>();
            w.eventIdsOnDays(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-03"), (day, id) -> onBoth.add(day + " " + id));
            assertThat(onBoth).containsExactlyInAnyOrder("2024-03-01 x", "2024-03-02 y");
            List<String> found = new ArrayList<>();
            w.existingIds(LocalDate.parse("2024-03-02"), LocalDate.parse("2024-03-03"), List.of("x", "y", "z"),
                    (day, id) -> found.add(day + " " + id));
            assertThat(found).containsExactly("2024-03-02 y");
            found.clear();
            w.existingIds(LocalDate.parse("2024-03-01"), LocalDate.parse("2024-03-03"), List.of("x", "y", "z"),
                    (day, id) -> found.add(day + " " + id));
            assertThat(found).containsExactlyInAnyOrder("2024-03-01 x", "2024-03-02 y");
        }
    }

    @Test
    void countsEventsAndRejections() {
        try (Warehouse w = open()) {
            w.write(List.of(new StoredEvent(event("a", "u", T0), T0)),
                    List.of(new RejectedEvent(T0, "r", 0, null, "{}", "invalid", List.of())));
            assertThat(w.countEvents()).isEqualTo(1);
            assertThat(w.countRejected()).isEqualTo(1);
            assertThat(w.isWritable()).isTrue();
        }
    }

    private static List<String> ids(Warehouse w, EventQuery q) {
        return w.events(q).events().stream().map(e -> e.event().eventId()).toList();
    }
}
