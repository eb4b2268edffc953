package dev.earshot.imports;

import static dev.earshot.imports.ImportCapture.entry;
import static dev.earshot.imports.ImportCapture.head;
import static dev.earshot.imports.ImportCapture.read;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LastfmReadersTest {
    private final LastfmCsvReader csv = new LastfmCsvReader();
    private final LastfmGhanReader ghan = new LastfmGhanReader();
    private final LastfmRecentTracksReader api = new LastfmRecentTracksReader();
    private final List<ExportReader> all = List.of(csv, ghan, api);

    private List<ImportFormat> recognisedBy(String resource) {
        ExportEntry e = entry(resource);
        String head = head(e);
        return all.stream().filter(r -> r.recognises(Export.baseName(e.name()), head)).map(ExportReader::format).toList();
    }

    @Test
    void eachFileIsRecognisedByItsOwnReaderOnly() {
        assertThat(recognisedBy("lastfm-csv/benjaminbenben.csv")).containsExactly(ImportFormat.LASTFM_CSV);
        assertThat(recognisedBy("lastfm-ghan/recenttracks-benjaminbenben-1612097000.csv")).containsExactly(ImportFormat.LASTFM_GHAN);
        assertThat(recognisedBy("lastfm-ghan/recenttracks-benjaminbenben-1612097000.json")).containsExactly(ImportFormat.LASTFM_GHAN);
        assertThat(recognisedBy("lastfm-api/recenttracks-page-1.json")).containsExactly(ImportFormat.LASTFM_RECENT_TRACKS);
        assertThat(recognisedBy("lastfm-api/recenttracks-page-2-extended.json")).containsExactly(ImportFormat.LASTFM_RECENT_TRACKS);
        assertThat(recognisedBy("listenbrainz/listens/2021/4.jsonl")).isEmpty();
    }

    @Test
    void lastfmToCsvRowsAreUtcScrobblesAndTheNowPlayingRowIsLeftOut() throws IOException {
        ImportCapture sink = read(csv, entry("lastfm-csv/benjaminbenben.csv"));

        assertThat(sink.listens).extracting(ImportedListen::artist, ImportedListen::title, ImportedListen::album, ImportedListen::startedAt)
                .containsExactly(
                        tuple("Tyler The Creator", "EARFQUAKE", "IGOR", Instant.parse("2021-01-31T12:34:00Z")),
                        tuple("Sigur Rós", "Hoppípolla", "Takk...", Instant.parse("2021-01-31T12:29:00Z")),
                        tuple("Boards of Canada", "Roygbiv", "Music Has the Right to Children", Instant.parse("2021-01-09T08:05:00Z")),
                        tuple("Aphex Twin", "Avril 14th", null, Instant.parse("2021-01-01T00:02:00Z")));
        assertThat(sink.listens).allSatisfy(l -> {
            assertThat(l.source()).isEqualTo(ImportFormat.LASTFM_CSV);
            assertThat(l.msPlayed()).isNull();
            assertThat(l.durationMs()).isNull();
            assertThat(l.platform()).isNull();
        });
        assertThat(sink.leftOut).isEqualTo(Map.of(LeftOut.NOW_PLAYING, 1));
        assertThat(sink.rejected).extracting(ImportCapture.Rejection::index, ImportCapture.Rejection::field)
                .containsExactly(tuple(5L, "date"), tuple(6L, "artist"), tuple(7L, "record"));
        assertThat(sink.rejected.get(2).raw()).isEqualTo("Portishead,Dummy,Roads");
    }

    @Test
    void ghanCsvTrustsUtsAndKeepsMbids() throws IOException {
        ImportCapture sink = read(ghan, entry("lastfm-ghan/recenttracks-benjaminbenben-1612097000.csv"));

        assertThat(sink.listens).extracting(ImportedListen::artist, ImportedListen::title, ImportedListen::startedAt)
                .containsExactly(
                        tuple("Tyler, The Creator", "EARFQUAKE", Instant.ofEpochSecond(1612096440)),
                        tuple("Sigur Rós", "Hoppípolla", Instant.parse("2021-01-31T12:29:40Z")),
                        tuple("Bloc Party", "Positive Tension", Instant.parse("2005-02-13T22:47:07Z")),
                        tuple("Khruangbin", "Time (You and I) \"Live\"", Instant.parse("2021-01-31T10:46:05Z")));
        assertThat(sink.listens.get(0).ids().recordingMbid()).isEqualTo("8d1b8c8e-2c4f-4b57-9c1e-6f0f1f2a3b4c");
        assertThat(sink.listens.get(2).album()).isNull();
        assertThat(sink.listens.get(3).ids().recordingMbid()).as("'not-an-mbid' is no id").isNull();
        assertThat(sink.rejected).extracting(ImportCapture.Rejection::index, ImportCapture.Rejection::field)
                .containsExactly(tuple(3L, "uts"), tuple(5L, "record"));
    }

    @Test
    void ghanJsonPagesIncludingAOneTrackPageAsAnObject() throws IOException {
        ImportCapture sink = read(ghan, entry("lastfm-ghan/recenttracks-benjaminbenben-1612097000.json"));

        assertThat(sink.listens).extracting(ImportedListen::title, ImportedListen::startedAt).containsExactly(
                tuple("EARFQUAKE", Instant.ofEpochSecond(1612096440)),
                tuple("Hoppípolla", Instant.ofEpochSecond(1612096180)),
                tuple("Positive Tension", Instant.ofEpochSecond(1108334827)));
        assertThat(sink.listens).allSatisfy(l -> assertThat(l.source()).isEqualTo(ImportFormat.LASTFM_GHAN));
        assertThat(sink.leftOut).isEqualTo(Map.of(LeftOut.NOW_PLAYING, 1));
        assertThat(sink.rejected).extracting(ImportCapture.Rejection::index, ImportCapture.Rejection::field)
                .containsExactly(tuple(3L, "date"));
    }

    @Test
    void apiPagesPlainAndExtended() throws IOException {
        ImportCapture plain = read(api, entry("lastfm-api/recenttracks-page-1.json"));
        assertThat(plain.listens).extracting(ImportedListen::artist, ImportedListen::album)
                .containsExactly(tuple("Tyler, The Creator", "IGOR"), tuple("Sigur Rós", "Takk..."));
        assertThat(plain.leftOut).isEqualTo(Map.of(LeftOut.NOW_PLAYING, 1));
        assertThat(plain.rejected).isEmpty();

        ImportCapture extended = read(api, entry("lastfm-api/recenttracks-page-2-extended.json"));
        assertThat(extended.listens).extracting(ImportedListen::artist, ImportedListen::title, ImportedListen::startedAt)
                .containsExactly(tuple("Bloc Party", "Positive Tension", Instant.ofEpochSecond(1108334827)),
                        tuple("Khruangbin", "Time (You and I)", Instant.ofEpochSecond(1612089965)));
        assertThat(extended.listens.get(0).ids().recordingMbid()).isEqualTo("6e084ae1-abc3-4571-8d40-dc0e691de164");
    }

    @Test
    void aCutOffPageKeepsTheTracksBeforeTheCut() throws IOException {
        ImportCapture sink = read(api, entry("lastfm-api/recenttracks-cut-off.json"));
        assertThat(sink.listens).extracting(ImportedListen::title).containsExactly("EARFQUAKE");
        assertThat(sink.leftOut).isEqualTo(Map.of(LeftOut.NOW_PLAYING, 1));
        assertThat(sink.rejected).extracting(ImportCapture.Rejection::index, ImportCapture.Rejection::field)
                .containsExactly(tuple(2L, "file"));
    }

    @Test
    void theSameScrobbleHasTheSameKeyInEveryLastfmFormat() throws IOException {
        String fromGhanCsv = read(ghan, entry("lastfm-ghan/recenttracks-benjaminbenben-1612097000.csv")).listens.get(0).recordKey();
        String fromGhanJson = read(ghan, entry("lastfm-ghan/recenttracks-benjaminbenben-1612097000.json")).listens.get(0).recordKey();
        String fromApi = read(api, entry("lastfm-api/recenttracks-page-1.json")).listens.get(0).recordKey();
        assertThat(fromGhanCsv).isEqualTo(fromGhanJson).isEqualTo(fromApi);
    }

    @Test
    void lastfmDatesWithAndWithoutCommaSecondsOrPaddingAndNotImpossibleOnes() {
        assertThat(LastfmScrobbles.date("31 Jan 2021, 12:34", "d")).isEqualTo(Instant.parse("2021-01-31T12:34:00Z"));
        assertThat(LastfmScrobbles.date("1 jan 2021 00:02", "d")).isEqualTo(Instant.parse("2021-01-01T00:02:00Z"));
        assertThat(LastfmScrobbles.date("16 Sep 2008, 20:53:16", "d")).isEqualTo(Instant.ofEpochSecond(1221598396));
        for (String bad : List.of("29 Feb 2021, 10:00", "31 Jan 2021, 24:00", "31 Janu 2021 12:34", "2021-01-31 12:34", "31 Jan 2021, 12:34 pm")) {
            org.assertj.core.api.Assertions.assertThatThrownBy(() -> LastfmScrobbles.date(bad, "date"))
                    .isInstanceOf(BadField.class).hasMessageContaining(bad);
        }
    }
}
