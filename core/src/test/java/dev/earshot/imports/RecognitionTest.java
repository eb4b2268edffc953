package dev.earshot.imports;

import static dev.earshot.imports.ImportFixtures.entry;
import static dev.earshot.imports.ImportFixtures.head;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Each fixture is recognised, from its name and head, by its own reader and by no other of these readers. */
class RecognitionTest {
    private static final List<ExportReader> READERS = List.of(new ListenBrainzReader(), new LastfmCsvReader(),
            new LastfmGhanReader(), new LastfmRecentTracksReader(), new LibrefmReader(), new MalojaReader(),
            new ScrobblerLogReader(), new CatalogCsvReader());

    @ParameterizedTest
    @CsvSource({
            "listenbrainz/listens/2021/4.jsonl, LISTENBRAINZ",
            "listenbrainz/listens/2021/5.jsonl, LISTENBRAINZ",
            "listenbrainz/lucifer_lb-2020-11-05.json, LISTENBRAINZ",
            "lastfm-csv/benjaminbenben.csv, LASTFM_CSV",
            "lastfm-ghan/recenttracks-benjaminbenben-1612097000.csv, LASTFM_GHAN",
            "lastfm-ghan/recenttracks-benjaminbenben-1612097000.json, LASTFM_GHAN",
            "lastfm-api/recenttracks-page-1.json, LASTFM_RECENT_TRACKS",
            "lastfm-api/recenttracks-page-2-extended.json, LASTFM_RECENT_TRACKS",
            "librefm/librefm-export.csv, LIBREFM",
            "librefm/librefm-userid.csv, LIBREFM",
            "maloja/maloja_export_2025_10_21_08_33_13.json, MALOJA",
            "scrobbler-log/unknown-tz/.scrobbler.log, SCROBBLER_LOG",
            "scrobbler-log/utc/.scrobbler.log, SCROBBLER_LOG",
            "catalog/dataset.csv, CATALOG_CSV"})
    void recognisedByItsOwnReaderOnly(String resource, ImportFormat format) {
        ExportEntry e = entry(resource);
        String head = head(e);
        List<ImportFormat> by = READERS.stream().filter(r -> r.recognises(Export.baseName(e.name()), head))
                .map(ExportReader::format).toList();
        assertThat(by).containsExactly(format);
    }

    @Test
    void filesThatAreNotListensAreNotRecognised() {
        for (String resource : List.of("listenbrainz/user.json", "listenbrainz/feedback.jsonl")) {
            ExportEntry e = entry(resource);
            String head = head(e);
            assertThat(READERS).noneMatch(r -> r.recognises(Export.baseName(e.name()), head));
        }
    }
}
