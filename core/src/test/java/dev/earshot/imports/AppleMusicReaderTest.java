package dev.earshot.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.event.Platform;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class AppleMusicReaderTest {
    private static final String NEWER = "apple-music/newer/Apple Music Play Activity.csv";
    private static final String DAILY = "apple-music/newer/Apple Music - Play History Daily Tracks.csv";
    private static final String LIBRARY = "apple-music/newer/Apple Music Library Tracks.json";
    private static final String OLDER = "apple-music/older/Apple Music Play Activity.csv";

    private final AppleMusicReader reader = new AppleMusicReader();

    @Test
    void newerFileTakesArtistsFromTheLibraryAndDailyTracksBesideIt() {
        ImportCapture got = ImportCapture.read(reader, NEWER, DAILY, LIBRARY);

        assertEquals(List.of("Kyoto", "Motion Sickness", "Cigarette Daydreams", "Intro", "Home",
                "Bohemian Rhapsody - Remastered 2011", "Espresso", "Heroes - 2017 Remaster"), titles(got));
        assertEquals(Arrays.asList("Phoebe Bridgers", // library, by title and album
                "Phoebe Bridgers", // library
                "Cage The Elephant", // daily tracks "Cage The Elephant - Cigarette Daydreams"
                "The xx", // two "Intro"s in daily tracks; the play's local day (23:30Z at +2h = 2 May) decides
                null, // two artists played a "Home" that day: unknown, never guessed
                "Queen", // "Queen - Bohemian Rhapsody - Remastered 2011": the title has " - " itself
                null, // in neither file
                "David Bowie"), got.listens.stream().map(ImportedListen::artist).toList());

        ImportedListen kyoto = got.listens.get(0);
        assertEquals(Instant.parse("2023-05-01T07:58:10.123Z"), kyoto.startedAt());
        assertEquals(184_000L, kyoto.msPlayed());
        assertEquals(184_000L, kyoto.durationMs());
        assertEquals(false, kyoto.skipped()); // NATURAL_END_OF_TRACK
        assertEquals("Punisher", kyoto.album());
        assertEquals("DE", kyoto.country());
        assertEquals(Platform.APPLE_MUSIC, kyoto.platform());
        assertEquals(ImportFormat.APPLE_MUSIC, kyoto.source());
        assertEquals(true, got.listens.get(1).skipped()); // TRACK_SKIPPED_FORWARDS
        assertEquals(12_000L, got.listens.get(1).msPlayed());
        ImportedListen bohemian = got.listens.get(5);
        assertNull(bohemian.skipped()); // PLAYBACK_MANUALLY_PAUSED says nothing of a skip
        assertNull(bohemian.msPlayed()); // -2143 after a scrub: unknown, the play is kept
        ImportedListen espresso = got.listens.get(6);
        assertEquals(true, espresso.skipped()); // MANUALLY_SELECTED_PLAYBACK_OF_A_DIFF_ITEM
        assertNull(espresso.country()); // IP Country Code empty
        assertEquals("\"Heroes\" (2017 Remaster)", got.listens.get(7).album()); // quotes inside a quoted field
        assertEquals("AT", got.listens.get(7).country());

        assertEquals(1, got.count(LeftOut.VIDEO));
        assertEquals(List.of(9L, 10L, 12L, 14L), got.rejected.stream().map(ImportCapture.Rejection::index).toList());
        assertEquals(Arrays.asList("Song Name", "Event Start Timestamp", "Play Duration Milliseconds", null),
                got.rejected.stream().map(ImportCapture.Rejection::field).toList());
        assertTrue(got.rejected.get(3).reason().contains("39 fields where the header names 37"), got.rejected.get(3).reason());
        assertEquals(NEWER, got.rejected.get(0).file());
    }

    @Test
    void aLibraryGivenAsCsvNamesArtistsToo() {
        ImportCapture got = ImportCapture.read(reader, NEWER, "apple-music/library-csv/Apple Music Library Tracks.csv");
        assertEquals(Arrays.asList("Phoebe Bridgers", "Phoebe Bridgers", null, null, null, null, null, "David Bowie"),
                got.listens.stream().map(ImportedListen::artist).toList());
    }

    @Test
    void withoutCompanionFilesTheArtistStaysUnknown() {
        ImportCapture got = ImportCapture.read(reader, NEWER);
        assertEquals(8, got.listens.size());
        assertTrue(got.listens.stream().allMatch(l -> l.artist() == null));
    }

    @Test
    void theIpAddressAndWhatApplesDerivedFromItAreNeverKept() {
        ImportCapture got = ImportCapture.read(reader, NEWER, DAILY, LIBRARY);
        assertNull(got.rejected.get(3).raw()); // columns shifted by a comma: which one is the IP cannot be told
        for (ImportCapture.Rejection r : got.rejected.subList(0, 3)) {
            assertTrue(r.raw().contains("PLAY_END"), r.raw());
            assertFalse(r.raw().contains("2001:db8::1"), r.raw());
            assertFalse(r.raw().contains("Berlin"), r.raw());
            assertFalse(r.raw().contains("52.52"), r.raw());
        }
        ImportCapture older = ImportCapture.read(reader, OLDER);
        assertFalse(older.rejected.get(0).raw().contains("192.0.2.10"), older.rejected.get(0).raw());
        assertFalse(older.rejected.get(0).raw().contains("1234567890"), older.rejected.get(0).raw());
    }

    @Test
    void olderFileHasItsOwnArtistColumnAndLocalTimesReadInTheirOffset() {
        ImportCapture got = ImportCapture.read(reader, OLDER);

        assertEquals(List.of("One More Time", "Aerodynamic", "Digital Love"), titles(got));
        assertTrue(got.listens.stream().allMatch(l -> "Daft Punk".equals(l.artist())));
        assertEquals(Instant.parse("2019-06-01T10:00:00Z"), got.listens.get(0).startedAt());
        assertEquals(false, got.listens.get(0).skipped());
        assertEquals("US", got.listens.get(0).country());
        assertEquals(true, got.listens.get(1).skipped()); // TRACK_SKIPPED_BACKWARDS
        // No event type, a play duration, and a time without offset: 10:10 at −4 h is 14:10Z.
        assertEquals(Instant.parse("2019-06-01T14:10:00Z"), got.listens.get(2).startedAt());
        assertNull(got.listens.get(2).skipped());
        // The last row's quoted field is never closed: the file was cut off there.
        assertEquals(1, got.rejected.size());
        assertEquals(4L, got.rejected.get(0).index());
        assertTrue(got.rejected.get(0).reason().contains("never closed"));
    }

    @Test
    void reImportingGivesTheSameRecordKeys() {
        List<String> a = ImportCapture.read(reader, NEWER).listens.stream().map(ImportedListen::recordKey).toList();
        assertEquals(a, ImportCapture.read(reader, NEWER).listens.stream().map(ImportedListen::recordKey).toList());
        assertEquals(a.size(), a.stream().distinct().count());
    }

    @Test
    void recognisesThePlayActivityFileByNameOrHeader() {
        assertTrue(reader.recognises("Apple Music Play Activity.csv", ""));
        assertTrue(reader.recognises("export.csv", ImportCapture.head(NEWER)));
        assertTrue(reader.recognises("export.csv", ImportCapture.head(OLDER)));
        assertFalse(reader.recognises("Apple Music - Play History Daily Tracks.csv", ImportCapture.head(DAILY)));
        assertFalse(reader.recognises("lastfm.csv", "artist,album,title,date\n"));
    }

    private static List<String> titles(ImportCapture got) {
        return got.listens.stream().map(ImportedListen::title).toList();
    }
}
