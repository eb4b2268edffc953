package dev.earshot.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.event.Platform;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class YouTubeMusicReaderTest {
    private final YouTubeMusicReader reader = new YouTubeMusicReader();

    @Test
    void takeoutKeepsOnlyYouTubeMusicAndCountsWhatItLeavesOut() {
        ImportCapture got = ImportCapture.read(reader, "youtube-music/watch-history.json");

        assertEquals(List.of("Solar", "Motivation", "Heart"), got.listens.stream().map(ImportedListen::title).toList());
        ImportedListen solar = got.listens.get(0);
        assertEquals("Sault", solar.artist()); // "Sault - Topic"
        assertEquals(Instant.parse("2022-04-25T18:09:04.784Z"), solar.startedAt());
        assertEquals("-e8Nfjl_AKk", solar.ids().youtubeVideoId());
        assertEquals(Platform.YOUTUBE_MUSIC, solar.platform());
        assertEquals(ImportFormat.YOUTUBE_MUSIC, solar.source());
        assertNull(solar.msPlayed()); // Takeout records no play duration: unknown, not invented
        assertNull(solar.skipped());
        assertNull(solar.durationMs());
        assertEquals("Normani", got.listens.get(1).artist()); // an artist's own channel, no " - Topic"
        assertEquals("-5OzNTZystM", got.listens.get(2).ids().youtubeVideoId()); // www.youtube.com link with &list=

        assertEquals(1, got.count(LeftOut.NOT_MUSIC)); // plain YouTube
        assertEquals(1, got.count(LeftOut.AD));
        assertEquals(2, got.count(LeftOut.REMOVED)); // "a video that has been removed", a private one
        assertEquals(1, got.rejected.size());
        assertEquals(5L, got.rejected.get(0).index());
        assertEquals("time", got.rejected.get(0).field());
        assertEquals("youtube-music/watch-history.json", got.rejected.get(0).file());
    }

    @Test
    void localisedTitlesLoseTheirWatchedWording() {
        ImportCapture got = ImportCapture.read(reader, "youtube-music/wiedergabeverlauf.json");
        // German wording fixed by the first title: a song whose name starts "Watched " keeps it.
        assertEquals(List.of("Solar", "Watched Over Me", "Kyoto"), got.listens.stream().map(ImportedListen::title).toList());
        assertEquals("Bonobo", got.listens.get(1).artist());

        TakeoutTitles english = new TakeoutTitles();
        assertEquals("Solar", english.title("Watched Solar"));
        assertEquals("Watched", english.title("Watched Watched")); // only the wording itself goes
        assertEquals("Visto Bueno", english.title("Watched Visto Bueno"));
        assertEquals("Air", new TakeoutTitles().title("Vous avez regardé Air"));
        assertEquals("Reality", new TakeoutTitles().title("Has visto Reality"));
        assertEquals("Untitled", new TakeoutTitles().title("Untitled")); // a wording we do not know: kept whole
    }

    @Test
    void reImportingGivesTheSameRecordKeys() {
        List<String> a = ImportCapture.read(reader, "youtube-music/watch-history.json").listens.stream()
                .map(ImportedListen::recordKey).toList();
        assertEquals(a, ImportCapture.read(reader, "youtube-music/watch-history.json").listens.stream()
                .map(ImportedListen::recordKey).toList());
        assertEquals(a.size(), a.stream().distinct().count());
    }

    @Test
    void recognisesTakeoutByNameOrByItsFirstRecord() {
        assertTrue(reader.recognises("watch-history.json", ""));
        assertTrue(reader.recognises("wiedergabeverlauf.json", ImportCapture.head("youtube-music/wiedergabeverlauf.json")));
        assertFalse(reader.recognises("endsong_0.json", ImportCapture.head("spotify/endsong_0.json")));
        // Takeout's search history, beside the watch history in the zip, has the same shape but no watch links.
        String searches = "[{\"header\":\"YouTube\",\"title\":\"Searched for sault\",\"titleUrl\":"
                + "\"https://www.youtube.com/results?search_query=sault\",\"time\":\"2022-04-25T18:00:00.000Z\","
                + "\"products\":[\"YouTube\"],\"activityControls\":[\"YouTube search history\"]}]";
        assertFalse(reader.recognises("search-history.json", searches));
        assertFalse(reader.recognises("renamed.json", searches));
    }
}
