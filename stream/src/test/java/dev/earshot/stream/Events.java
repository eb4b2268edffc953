package dev.earshot.stream;

import dev.earshot.enrich.Enrichment;
import dev.earshot.enrich.GenrePrediction;
import dev.earshot.enrich.GenreProbability;
import dev.earshot.enrich.Source;
import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Platform;
import dev.earshot.store.StoredEvent;
import java.time.Instant;
import java.util.List;

/** Small events for the function tests: fixed instants, valid by construction. */
final class Events {
    static final Instant T0 = Instant.parse("2026-10-20T12:00:00Z");

    private Events() {
    }

    static StoredEvent play(String id, String user, String track, Instant at) {
        return new StoredEvent(new ListenEvent(id, EventType.PLAY, user, track, at, at, Platform.SPOTIFY, null, null,
                0L, 1000L, 200_000L, null, null, null), at);
    }

    static Enriched enriched(StoredEvent e, String artist, String genre) {
        Enrichment x = genre == null ? null : new Enrichment(null,
                new GenrePrediction(List.of(new GenreProbability(genre, 0.9)), Source.CATALOG, 0), null, null, 0.5, "v");
        return new Enriched(new StoredEvent(e.event(), e.receivedAt(), x), artist);
    }
}
