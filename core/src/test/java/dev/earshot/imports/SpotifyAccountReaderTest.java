package dev.earshot.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.event.Platform;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpotifyAccountReaderTest {
    private final SpotifyAccountReader reader = new SpotifyAccountReader();

    @Test
    void musicFileStartsEachListenAtEndTimeMinusMsPlayed() {
        ImportCapture got = ImportCapture.read(reader, "spotify-account/StreamingHistory_music_0.json");

        assertEquals(List.of("It's Called: Freefall", "EARFQUAKE", "Motion Sickness"),
                got.listens.stream().map(ImportedListen::title).toList());
        ImportedListen first = got.listens.get(0);
        assertEquals("Rainbow Kitten Surprise", first.artist());
        assertEquals(Instant.parse("2021-03-01T14:02:27.707Z"), first.startedAt()); // 14:05 − 152.293 s
        assertEquals(152_293L, first.msPlayed());
        assertEquals(Platform.SPOTIFY, first.platform());
        assertEquals(ImportFormat.SPOTIFY_ACCOUNT, first.source());
        assertNull(first.skipped()); // this download says nothing of skips
        assertNull(first.device());
        assertNull(first.country());
        assertNull(first.album());
        assertEquals("Tyler, The Creator", got.listens.get(1).artist());
        assertEquals(1_250L, got.listens.get(2).msPlayed()); // a 1 s play is kept, as what it was

        assertEquals(2, got.rejected.size());
        assertEquals(2L, got.rejected.get(0).index());
        assertEquals("endTime", got.rejected.get(0).field());
        assertTrue(got.rejected.get(0).raw().contains("Kyoto"));
        assertEquals(4L, got.rejected.get(1).index());
        assertEquals("trackName", got.rejected.get(1).field());
    }

    @Test
    void podcastFileIsCountedAndLeftOut() {
        ImportCapture got = ImportCapture.read(reader, "spotify-account/StreamingHistory_podcast_0.json");
        assertEquals(0, got.listens.size());
        assertEquals(2, got.count(LeftOut.PODCAST));
    }

    @Test
    void olderFileTakesQuotedNumbersAndRejectsNegativeOnes() {
        ImportCapture got = ImportCapture.read(reader, "spotify-account/StreamingHistory0.json");
        assertEquals(2, got.listens.size());
        assertEquals(Instant.parse("2019-12-30T23:52:39.643Z"), got.listens.get(0).startedAt()); // 23:58 − 320.357 s
        assertEquals(212_000L, got.listens.get(1).msPlayed());
        assertEquals(Instant.parse("2019-12-30T23:58:28Z"), got.listens.get(1).startedAt()); // 00:02 − 212 s
        assertEquals("msPlayed", got.rejected.get(0).field());
        assertEquals(2L, got.rejected.get(0).index());
    }

    @Test
    void reImportingGivesTheSameRecordKeys() {
        List<String> a = ImportCapture.read(reader, "spotify-account/StreamingHistory_music_0.json").listens.stream()
                .map(ImportedListen::recordKey).toList();
        List<String> b = ImportCapture.read(reader, "spotify-account/StreamingHistory_music_0.json").listens.stream()
                .map(ImportedListen::recordKey).toList();
        assertEquals(a, b);
        assertEquals(a.size(), a.stream().distinct().count());
    }

    @Test
    void recognisesFilesByNameOrByTheirFirstRecord() {
        assertTrue(reader.recognises("StreamingHistory0.json", ""));
        assertTrue(reader.recognises("StreamingHistory_music_3.json", ""));
        assertTrue(reader.recognises("StreamingHistory_podcast_0.json", ""));
        assertTrue(reader.recognises("history.json", ImportCapture.head("spotify-account/StreamingHistory_music_0.json")));
        assertFalse(reader.recognises("endsong_0.json", ImportCapture.head("spotify/endsong_0.json")));
    }
}
