package dev.earshot.imports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.earshot.event.Device;
import dev.earshot.event.Platform;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpotifyExtendedReaderTest {
    private final SpotifyExtendedReader reader = new SpotifyExtendedReader();

    @Test
    void olderEndsongFileStartsEachListenAtTsMinusMsPlayedAndInfersSkips() {
        ImportCapture got = ImportCapture.read(reader, "spotify/endsong_0.json");

        assertEquals(6, got.listens.size());
        ImportedListen heroes = got.listens.get(0);
        assertEquals("David Bowie", heroes.artist());
        assertEquals("Heroes - 2017 Remaster", heroes.title());
        assertEquals("\"Heroes\" (2017 Remaster)", heroes.album());
        assertEquals(Instant.parse("2019-03-02T08:12:07Z"), heroes.startedAt()); // ts 08:15:42 − 215 s
        assertEquals(215_000L, heroes.msPlayed());
        assertNull(heroes.durationMs());
        assertEquals(false, heroes.skipped()); // skipped null, reason_end trackdone
        assertEquals(Platform.SPOTIFY, heroes.platform());
        assertEquals(Device.MOBILE, heroes.device()); // "Android OS 9 API 28 (samsung, SM-G960F)"
        assertEquals("DE", heroes.country());
        assertEquals("spotify:track:7Jh1bpe76CNTCgdgAdBw4Z", heroes.ids().spotifyUri());
        assertEquals(ImportFormat.SPOTIFY_EXTENDED, heroes.source());

        ImportedListen andromeda = got.listens.get(1);
        assertEquals(Instant.parse("2019-03-02T08:15:48.500Z"), andromeda.startedAt());
        assertEquals(true, andromeda.skipped()); // skipped null, fwdbtn after 12.5 s
        assertEquals(Device.MOBILE, andromeda.device()); // "iOS 12.1.4 (iPhone8,1)"

        ImportedListen tyler = got.listens.get(2);
        assertEquals(true, tyler.skipped()); // skipped false (older years), but fwdbtn after 8 s
        assertEquals(Device.DESKTOP, tyler.device()); // "Windows 10 (10.0.19041; x64)"
        assertNull(tyler.country()); // conn_country ""

        ImportedListen around = got.listens.get(3);
        assertEquals("Around the World", around.title());
        assertEquals(Device.WEB, around.device()); // "WebPlayer (websocket RFC6455)"
        assertNull(around.skipped()); // 200 s, ended by endplay, flag null: unknown, not guessed

        ImportedListen digital = got.listens.get(4);
        assertEquals(Device.SMART_SPEAKER, digital.device()); // "Partner sonos_ppc Sonos;Play:1;…"
        assertEquals(false, digital.skipped());

        ImportedListen harder = got.listens.get(5); // record 10 of the file
        assertEquals("Harder, Better, Faster, Stronger", harder.title());
        assertEquals(true, harder.skipped()); // backbtn after 150 s, flag null
        assertEquals(Device.DESKTOP, harder.device()); // "OS X 10.13.6 [x86 8]"
        assertNull(harder.country()); // "ZZ" is Spotify's unknown

        assertEquals(1, got.count(LeftOut.PODCAST));
        assertEquals(1, got.count(LeftOut.INCOGNITO));
        assertEquals(1, got.count(LeftOut.REMOVED)); // #9 names nothing: an item Spotify no longer has
        assertEquals(List.of(7L, 8L), got.rejected.stream().map(ImportCapture.Rejection::index).toList());
        assertEquals(List.of("ms_played", "ts"),
                got.rejected.stream().map(ImportCapture.Rejection::field).toList());
        assertEquals("spotify/endsong_0.json", got.rejected.get(0).file());
        assertTrue(got.rejected.get(0).reason().contains("whole number"), got.rejected.get(0).reason());
    }

    @Test
    void neitherTheIpAddressNorTheUserAgentIsKeptEvenInRejectedRecords() {
        ImportCapture got = ImportCapture.read(reader, "spotify/endsong_0.json");
        for (ImportCapture.Rejection r : got.rejected) {
            assertTrue(r.raw().contains("\"username\""), r.raw()); // the record is there
            assertFalse(r.raw().contains("203.0.113.45"), r.raw());
            assertFalse(r.raw().contains("ip_addr"), r.raw());
            assertFalse(r.raw().contains("user_agent"), r.raw());
        }
        assertTrue(got.listens.stream().allMatch(l -> !l.toString().contains("203.0.113")));
    }

    @Test
    void newerAudioFileReadsPlatformWordsAndLeavesAudiobooksAndIncognitoOut() {
        ImportCapture got = ImportCapture.read(reader, "spotify/Streaming_History_Audio_2023-2024_3.json");

        assertEquals(List.of("Espresso", "Flowers", "Tyler Herro", "Intro"), titles(got));
        ImportedListen espresso = got.listens.get(0);
        assertEquals(Instant.parse("2023-11-05T18:58:30Z"), espresso.startedAt());
        assertEquals(Device.MOBILE, espresso.device()); // "android"
        assertEquals(false, espresso.skipped());
        assertEquals("GB", espresso.country());
        assertEquals(true, got.listens.get(1).skipped()); // skipped true
        assertEquals(Device.MOBILE, got.listens.get(1).device()); // "ios"
        assertNull(got.listens.get(2).device()); // "cast_to_device": the target is not said
        assertEquals("IE", got.listens.get(2).country());
        assertEquals(false, got.listens.get(3).skipped()); // a 20 s intro that played out is no skip
        assertEquals(Device.DESKTOP, got.listens.get(3).device()); // "osx"
        assertEquals(1, got.count(LeftOut.AUDIOBOOK));
        assertEquals(1, got.count(LeftOut.INCOGNITO));
        assertEquals(List.of(), got.rejected);
    }

    @Test
    void incognitoPlaysAreImportedWhenAsked() {
        ImportCapture got = ImportCapture.read(reader, new ImportOptions(true, ZoneId.of("UTC")),
                "spotify/Streaming_History_Audio_2023-2024_3.json");
        assertEquals(5, got.listens.size());
        assertEquals(0, got.count(LeftOut.INCOGNITO));
        assertEquals(Device.DESKTOP, got.listens.get(4).device()); // "windows"
        assertEquals(1, got.count(LeftOut.AUDIOBOOK)); // an audiobook is never a track
    }

    @Test
    void videoFilesAreCountedAndLeftOut() {
        ImportCapture got = ImportCapture.read(reader, "spotify/Streaming_History_Video_2023-2024.json");
        assertEquals(0, got.listens.size());
        assertEquals(2, got.count(LeftOut.VIDEO));
    }

    @Test
    void aFileCutOffHalfWayKeepsTheRecordsBeforeTheCut() {
        ImportCapture got = ImportCapture.read(reader, "spotify/Streaming_History_Audio_2024_4.json");
        assertEquals(List.of("Espresso", "Flowers"), titles(got));
        assertEquals(1, got.rejected.size());
        assertEquals(2L, got.rejected.get(0).index());
        assertTrue(got.rejected.get(0).reason().contains("cut off"), got.rejected.get(0).reason());
    }

    @Test
    void reImportingGivesTheSameRecordKeysAndNoTwoListensShareOne() {
        List<String> first = keys(ImportCapture.read(reader, "spotify/endsong_0.json"));
        assertEquals(first, keys(ImportCapture.read(reader, "spotify/endsong_0.json")));
        assertEquals(first.size(), first.stream().distinct().count());
    }

    @Test
    void recognisesFilesByNameOrByTheirFirstRecord() {
        assertTrue(reader.recognises("Streaming_History_Audio_2014-2016_0.json", ""));
        assertTrue(reader.recognises("Streaming_History_Video_2023-2024.json", ""));
        assertTrue(reader.recognises("endsong_12.json", ""));
        assertTrue(reader.recognises("renamed.json", ImportCapture.head("spotify/endsong_0.json")));
        assertTrue(reader.recognises("x.json", ImportCapture.head("spotify/Streaming_History_Audio_2023-2024_3.json")));
        assertFalse(reader.recognises("StreamingHistory0.json", "[{\"endTime\":\"2021-03-01 14:05\",\"msPlayed\":1}]"));
        assertFalse(reader.recognises("watch-history.json", ImportCapture.head("youtube-music/watch-history.json")));
    }

    @Test
    void platformTextOfEveryEraMapsToADeviceOrStaysUnknown() {
        assertEquals(Device.TABLET, SpotifyPlatforms.device("iOS 9.3.5 (iPad2,5)"));
        assertEquals(Device.TV, SpotifyPlatforms.device("Partner android_tv Sony;BRAVIA 4K GB;"));
        assertEquals(Device.SMART_SPEAKER, SpotifyPlatforms.device("Partner amazon_salmon Amazon;Echo Dot;"));
        assertEquals(Device.WEB, SpotifyPlatforms.device("web_player windows 10;chrome 91.0.4472.124;desktop"));
        assertEquals(Device.DESKTOP, SpotifyPlatforms.device("Linux [x86-64 0]"));
        assertNull(SpotifyPlatforms.device("not_applicable"));
        assertNull(SpotifyPlatforms.device(null));
    }

    @Test
    void skipRules() {
        assertEquals(true, SpotifyExtendedReader.skipped(true, "trackdone", 200_000));
        assertEquals(true, SpotifyExtendedReader.skipped(false, "backbtn", 5_000));
        assertEquals(false, SpotifyExtendedReader.skipped(false, "fwdbtn", 200_000)); // a late next: the flag stands
        assertEquals(true, SpotifyExtendedReader.skipped(null, "clickrow", 200_000));
        assertEquals(true, SpotifyExtendedReader.skipped(null, "endplay", 4_000)); // stopped after 4 s
        assertEquals(false, SpotifyExtendedReader.skipped(null, "trackdone", 4_000));
        assertNull(SpotifyExtendedReader.skipped(null, "logout", 100_000));
        assertNull(SpotifyExtendedReader.skipped(null, null, 100_000));
    }

    private static List<String> titles(ImportCapture got) {
        return got.listens.stream().map(ImportedListen::title).toList();
    }

    private static List<String> keys(ImportCapture got) {
        return got.listens.stream().map(ImportedListen::recordKey).toList();
    }
}
