package dev.earshot.sources;

import static org.assertj.core.api.Assertions.assertThat;

import dev.earshot.event.Platform;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class NowPlayingBoardTest {
    static final Instant T = Instant.parse("2026-01-05T10:00:00Z");
    static final Song SONG = new Song("Artist", "Title", null, 200_000L, null);

    private static NowPlayingBoard.Notice notice(Instant at, String id) {
        return new NowPlayingBoard.Notice(SONG, at, Platform.OTHER, id, at.plusMillis(200_000));
    }

    @Test
    void aListenCompletesTheNoticeOfItsTrackThatStartedNearItOnce() {
        NowPlayingBoard board = new NowPlayingBoard();
        board.started("u", notice(T, "np1"));
        assertThat(board.claim("u", SONG.trackId(), T.plusSeconds(3), "listen1")).map(n -> n.playEventId()).contains("np1");
        assertThat(board.claim("u", SONG.trackId(), T.plusSeconds(3), "listen2")).isEmpty();
        // A retry of the same listen finds the same notice again.
        assertThat(board.claim("u", SONG.trackId(), T.plusSeconds(3), "listen1")).map(n -> n.playEventId()).contains("np1");
    }

    @Test
    void aListenFarFromTheNoticeOrOfAnotherTrackOrListenerClaimsNothing() {
        NowPlayingBoard board = new NowPlayingBoard();
        board.started("u", notice(T, "np1"));
        assertThat(board.claim("u", SONG.trackId(), T.plus(NowPlayingBoard.MATCH_WINDOW).plusSeconds(1), "l1")).isEmpty();
        assertThat(board.claim("u", new Song("Other", "Song", null, null, null).trackId(), T, "l2")).isEmpty();
        assertThat(board.claim("v", SONG.trackId(), T, "l3")).isEmpty();
    }

    @Test
    void theNoticeIsShownForTheTracksDurationAndStaysAfterItsListen() {
        NowPlayingBoard board = new NowPlayingBoard();
        board.started("u", notice(T, "np1"));
        board.claim("u", SONG.trackId(), T, "l1");
        assertThat(board.current("u", T.plusSeconds(100))).isPresent();
        assertThat(board.current("u", T.plusSeconds(201))).isEmpty();
    }
}
