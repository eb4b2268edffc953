package dev.earshot.sources;

import dev.earshot.event.Platform;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * What each listener is playing now, and which now-playing notice each later listen completed. A notice
 * started a {@code play}; the listen the client submits after it (Navidrome at the end, Pano Scrobbler and
 * Web Scrobbler half-way) completes that play instead of starting another. Held in memory and kept in the
 * {@code now_playing} table ({@link NoticeTable}), which puts it back after a restart, so that a listen submitted
 * or resubmitted then still completes its notice's play instead of adding a second.
 */
final class NowPlayingBoard {
    /** How far a listen's start may be from its notice's and still be the same play (client clocks drift). */
    static final Duration MATCH_WINDOW = Duration.ofMinutes(10);
    /** ListenBrainz shows a now-playing for the track's duration, or this long when it is not known. */
    static final Duration DEFAULT_SHOWN = Duration.ofMinutes(10);
    private static final int NOTICES_PER_LISTENER = 8;
    private static final int REMEMBERED_CLAIMS = 10_000;

    /** One notice: the song, when it started, the play event it started, and until when it is shown. */
    record Notice(Song song, Instant startedAt, Platform platform, String playEventId, Instant shownUntil) {
    }

    private final Map<String, Deque<Notice>> notices = new HashMap<>();
    private final Map<String, Notice> claimed = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Notice> eldest) {
            return size() > REMEMBERED_CLAIMS;
        }
    };
    private final Set<String> claimedPlays = java.util.Collections.newSetFromMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Boolean> eldest) {
            return size() > REMEMBERED_CLAIMS;
        }
    });

    synchronized void started(String userId, Notice notice) {
        Deque<Notice> mine = notices.computeIfAbsent(userId, u -> new ArrayDeque<>());
        mine.removeIf(n -> n.playEventId().equals(notice.playEventId()));
        mine.addFirst(notice);
        while (mine.size() > NOTICES_PER_LISTENER) {
            mine.removeLast();
        }
    }

    /** A notice read back from the table, and the listen that claimed it (null: none yet). */
    synchronized void restore(String userId, Notice notice, String listenKey) {
        started(userId, notice);
        if (listenKey != null) {
            claimed.put(listenKey, notice);
            claimedPlays.add(notice.playEventId());
        }
    }

    /** The newest notice still shown at {@code now}. */
    synchronized Optional<Notice> current(String userId, Instant now) {
        Deque<Notice> mine = notices.get(userId);
        if (mine == null || mine.isEmpty() || !mine.peekFirst().shownUntil().isAfter(now)) {
            return Optional.empty();
        }
        return Optional.of(mine.peekFirst());
    }

    /**
     * The notice this listen completes, if any: the one it completed before (a retry), else the newest unclaimed
     * notice of the same track that started near the listen's start.
     */
    synchronized Optional<Notice> claim(String userId, String trackId, Instant listenStart, String listenKey) {
        Notice before = claimed.get(listenKey);
        if (before != null) {
            return Optional.of(before);
        }
        Deque<Notice> mine = notices.get(userId);
        if (mine == null) {
            return Optional.empty();
        }
        for (Iterator<Notice> it = mine.iterator(); it.hasNext(); ) {
            Notice n = it.next();
            boolean near = Duration.between(n.startedAt(), listenStart).abs().compareTo(MATCH_WINDOW) <= 0;
            if (near && n.song().trackId().equals(trackId) && !claimedPlays.contains(n.playEventId())) {
                claimed.put(listenKey, n);
                claimedPlays.add(n.playEventId());
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }
}
