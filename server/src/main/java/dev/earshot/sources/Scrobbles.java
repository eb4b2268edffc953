package dev.earshot.sources;

import dev.earshot.auth.KeyRing;
import dev.earshot.event.EventType;
import dev.earshot.event.ListenEvent;
import dev.earshot.event.Platform;
import dev.earshot.ingest.IngestReport;
import dev.earshot.ingest.IngestService;
import dev.earshot.store.EventOrigin;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every scrobbler protocol translates to (DESIGN §6): a now-playing notice starts a {@code play}; a
 * submitted listen completes the play its notice started, or, from a client that only submits finished
 * listens, becomes a {@code play} at its start and a {@code complete} (or {@code skip}, when the client says
 * so) at its end. Ids come from the listen itself ({@link ScrobbleIds}), so a retry is stored once. Events
 * are built valid (songs pass {@link SongCheck} first) and go to {@link IngestService#ingestEvents}.
 */
public final class Scrobbles {
    private static final int REMEMBERED_RECORDINGS = 50_000;
    private final IngestService ingest;
    private final KeyRing keys;
    private final KnownTracks tracks;
    private final Clock clock;
    private final NowPlayingBoard board;
    /** MusicBrainz recording ids the clients named, to their tracks: feedback may name a recording by it alone. */
    private final Map<String, String> recordings;
    private final EventOrigin source;

    Scrobbles(IngestService ingest, KeyRing keys, KnownTracks tracks, Clock clock) {
        this(ingest, keys, tracks, clock, new NowPlayingBoard(), new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
                return size() > REMEMBERED_RECORDINGS;
            }
        }, null);
    }

    private Scrobbles(IngestService ingest, KeyRing keys, KnownTracks tracks, Clock clock, NowPlayingBoard board,
                      Map<String, String> recordings, EventOrigin source) {
        this.ingest = ingest;
        this.tracks = tracks;
        this.keys = keys;
        this.clock = clock;
        this.board = board;
        this.recordings = recordings;
        this.source = source;
    }

    /**
     * These scrobbles as one protocol stores them: its events carry {@code source}. The notices and recordings
     * stay shared, since a listener may start a track through one protocol and submit it through another.
     */
    Scrobbles via(EventOrigin protocol) {
        return new Scrobbles(ingest, keys, tracks, clock, board, recordings, protocol);
    }

    public Instant now() {
        return clock.instant();
    }

    /** The listener started playing {@code song} at {@code at} (null: now). */
    public IngestReport nowPlaying(Listener who, Song song, Platform platform, Instant at) {
        Instant start = at == null ? clock.instant() : at;
        String trackId = tracks.trackId(song);
        String playId = ScrobbleIds.moment(who.userId(), trackId, start, "play");
        Duration shown = song.durationMs() == null ? NowPlayingBoard.DEFAULT_SHOWN : Duration.ofMillis(song.durationMs());
        board.started(who.userId(), new NowPlayingBoard.Notice(song, start, platform, playId, start.plus(shown)));
        return store(who, List.of(event(playId, EventType.PLAY, who, song, trackId, start, platform, null)));
    }

    /** Finished (or skipped) listens, in the order the client sent them. */
    public IngestReport listened(Listener who, List<Listen> listens) {
        Instant now = clock.instant();
        List<ListenEvent> events = new ArrayList<>(listens.size() * 2);
        for (Listen l : listens) {
            String trackId = tracks.trackId(l.song());
            String playId = ScrobbleIds.listen(who.userId(), trackId, l.startedAt(), "play");
            if (board.claim(who.userId(), trackId, l.startedAt(), playId).isEmpty()) {
                events.add(event(playId, EventType.PLAY, who, l.song(), trackId, l.startedAt(), l.platform(), null));
            }
            Instant end = end(l, now);
            Long heard = end.isAfter(l.startedAt()) ? Duration.between(l.startedAt(), end).toMillis() : null;
            EventType type = l.skipped() ? EventType.SKIP : EventType.COMPLETE;
            events.add(event(ScrobbleIds.listen(who.userId(), trackId, l.startedAt(), type.wire()), type, who,
                    l.song(), trackId, end, l.platform(), heard));
            if (l.loved()) {
                events.add(event(ScrobbleIds.listen(who.userId(), trackId, l.startedAt(), "like"), EventType.LIKE, who,
                        l.song(), trackId, end, l.platform(), null));
            }
        }
        return store(who, events);
    }

    /** Something the listener did to a song at {@code at} (null: now): pause, resume, like or unlike. */
    public IngestReport moment(Listener who, Song song, EventType type, Platform platform, Instant at) {
        Instant when = at == null ? clock.instant() : at;
        String trackId = tracks.trackId(song);
        String id = ScrobbleIds.moment(who.userId(), trackId, when, type.wire());
        return store(who, List.of(event(id, type, who, song, trackId, when, platform, null)));
    }

    /** A like or unlike of a track known by id only (ListenBrainz feedback names a recording, not a song). */
    public IngestReport feedback(Listener who, String trackId, EventType type) {
        Instant now = clock.instant();
        String id = ScrobbleIds.moment(who.userId(), trackId, now, type.wire());
        return store(who, List.of(new ListenEvent(id, type, who.userId(), trackId, now, null, Platform.OTHER, null, null,
                null, null, null, null, null, null)));
    }

    /** The track of a MusicBrainz recording id some listen named since the server started. */
    public Optional<String> trackOfRecording(String recordingMbid) {
        synchronized (recordings) {
            return Optional.ofNullable(recordings.get(recordingMbid));
        }
    }

    /** What the listener is playing now, if a notice is still shown. */
    public Optional<NowPlaying> playingNow(String userId) {
        return board.current(userId, clock.instant()).map(n -> new NowPlaying(n.song(), n.startedAt(), n.platform()));
    }

    /** A notice as the protocols show it back. */
    public record NowPlaying(Song song, Instant startedAt, Platform platform) {
    }

    /**
     * A listen ends after its duration, but not later than now: clients submit half-way through, and an event
     * is not stored in the future. Without a duration the end is the start.
     */
    private static Instant end(Listen l, Instant now) {
        if (l.song().durationMs() == null) {
            return l.startedAt();
        }
        Instant full = l.startedAt().plusMillis(l.song().durationMs());
        Instant capped = full.isAfter(now) ? now : full;
        return capped.isBefore(l.startedAt()) ? l.startedAt() : capped;
    }

    private IngestReport store(Listener who, List<ListenEvent> events) {
        if (source == null) {
            throw new IllegalStateException("scrobbles are stored through a protocol: use via(source)");
        }
        IngestReport report = ingest.ingestEvents(events, source);
        keys.delivered(who.keyId(), clock.instant());
        return report;
    }

    private void remember(Song song, String trackId) {
        if (song.recordingMbid() != null && !song.recordingMbid().isBlank()) {
            synchronized (recordings) {
                recordings.put(song.recordingMbid().strip(), trackId);
            }
        }
    }

    /** {@code trackId}: the song's track as {@link KnownTracks} files it. */
    private ListenEvent event(String id, EventType type, Listener who, Song song, String trackId, Instant at,
                             Platform platform, Long msPlayed) {
        remember(song, trackId);
        return new ListenEvent(id, type, who.userId(), trackId, at, null, platform, null, null, null, msPlayed,
                song.durationMs(), null, null, song.metadata());
    }
}
