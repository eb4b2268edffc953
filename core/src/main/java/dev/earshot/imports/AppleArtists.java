package dev.earshot.imports;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The artist of a song that newer Apple Music Play Activity files name only by title, from the files Apple
 * puts beside it: {@code Apple Music Library Tracks.json} (an array of {@code {"Title", "Artist", "Album", …}},
 * fields as listed in meghpatel/MusicFlow docs/Library/LIBRARY_TRACKS.md) and
 * {@code Apple Music Library Tracks.csv} in some downloads, and
 * {@code Apple Music - Play History Daily Tracks.csv} ({@code Track Description} "Artist - Title" and
 * {@code Date Played} YYYYMMDD, as used by dmatica/fitlist Step1/AppleMusicMerge.py). An artist is given only
 * when the evidence names exactly one: the library by title and album, then by title; the daily tracks by
 * day and title, then by title. Otherwise the artist stays unknown — never guessed from a near match.
 * Companion files are help, not data: a bad row in them is passed over.
 */
final class AppleArtists {
    static final String LIBRARY_TRACKS = "Apple Music Library Tracks.json";
    static final String LIBRARY_TRACKS_CSV = "Apple Music Library Tracks.csv";
    static final String DAILY_TRACKS = "Apple Music - Play History Daily Tracks.csv";
    private static final DateTimeFormatter DATE_PLAYED = DateTimeFormatter.BASIC_ISO_DATE;

    private final Map<String, Set<String>> libraryByTitleAlbum = new HashMap<>();
    private final Map<String, Set<String>> libraryByTitle = new HashMap<>();
    private final Map<String, Set<String>> dailyByDayTitle = new HashMap<>();
    private final Map<String, Set<String>> dailyByTitle = new HashMap<>();

    static AppleArtists from(Export export) throws IOException {
        AppleArtists artists = new AppleArtists();
        Optional<ExportEntry> library = export.find(LIBRARY_TRACKS::equalsIgnoreCase);
        if (library.isPresent()) {
            artists.readLibrary(library.get());
        }
        Optional<ExportEntry> libraryCsv = export.find(LIBRARY_TRACKS_CSV::equalsIgnoreCase);
        if (libraryCsv.isPresent()) {
            artists.readLibraryCsv(libraryCsv.get());
        }
        Optional<ExportEntry> daily = export.find(DAILY_TRACKS::equalsIgnoreCase);
        if (daily.isPresent()) {
            artists.readDaily(daily.get());
        }
        return artists;
    }

    /** The one artist the companions give for this song, or null. */
    String artist(String title, String album, LocalDate localDay) {
        String found = album == null ? null : only(libraryByTitleAlbum.get(title + "\u0000" + album));
        if (found == null) {
            found = only(libraryByTitle.get(title));
        }
        if (found == null && localDay != null) {
            found = only(dailyByDayTitle.get(localDay + "\u0000" + title));
        }
        return found != null ? found : only(dailyByTitle.get(title));
    }

    private void readLibrary(ExportEntry entry) throws IOException {
        try (InputStream in = entry.open()) {
            JsonRecords.array(in, entry.name(), IGNORE, (index, track) -> {
                try {
                    String title = JsonFields.text(track, "Title");
                    String artist = JsonFields.text(track, "Artist");
                    String album = JsonFields.text(track, "Album");
                    addLibrary(title == null ? "" : title, artist == null ? "" : artist, album == null ? "" : album);
                } catch (BadField e) {
                    // a library row of the wrong shape only helps less
                }
            });
        } catch (ExportFormatException e) {
            // a library file that is not the expected array: the artists stay unknown
        }
    }

    /** Some downloads give the library as CSV, with the same column names as the JSON's fields. */
    private void readLibraryCsv(ExportEntry entry) throws IOException {
        try (InputStream in = entry.open(); CsvRecords csv = CsvRecords.utf8(in)) {
            List<String> header = csv.next();
            if (header == null) {
                return;
            }
            int title = header.indexOf("Title");
            int artist = header.indexOf("Artist");
            int album = header.indexOf("Album");
            if (title < 0 || artist < 0) {
                return;
            }
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (Math.max(title, artist) >= row.size()) {
                    continue;
                }
                addLibrary(row.get(title).strip(), row.get(artist).strip(),
                        album >= 0 && album < row.size() ? row.get(album).strip() : "");
            }
        }
    }

    private void addLibrary(String title, String artist, String album) {
        if (title.isEmpty() || artist.isEmpty()) {
            return;
        }
        add(libraryByTitle, title, artist);
        if (!album.isEmpty()) {
            add(libraryByTitleAlbum, title + "\u0000" + album, artist);
        }
    }

    private void readDaily(ExportEntry entry) throws IOException {
        try (InputStream in = entry.open(); CsvRecords csv = CsvRecords.utf8(in)) {
            List<String> header = csv.next();
            if (header == null) {
                return;
            }
            int description = header.indexOf("Track Description");
            int datePlayed = header.indexOf("Date Played");
            if (description < 0) {
                return;
            }
            for (List<String> row = csv.next(); row != null; row = csv.next()) {
                if (description >= row.size()) {
                    continue;
                }
                LocalDate day = datePlayed >= 0 && datePlayed < row.size() ? day(row.get(datePlayed)) : null;
                addDescription(row.get(description).strip(), day);
            }
        }
    }

    /**
     * "Artist - Title", where either may itself contain " - ": every split is recorded, so that a lookup by
     * the real title (which the Play Activity row gives) finds the artist before it.
     */
    private void addDescription(String description, LocalDate day) {
        for (int at = description.indexOf(" - "); at > 0; at = description.indexOf(" - ", at + 1)) {
            String artist = description.substring(0, at).strip();
            String title = description.substring(at + 3).strip();
            if (artist.isEmpty() || title.isEmpty()) {
                continue;
            }
            add(dailyByTitle, title, artist);
            if (day != null) {
                add(dailyByDayTitle, day + "\u0000" + title, artist);
            }
        }
    }

    private static LocalDate day(String text) {
        try {
            return LocalDate.parse(text.strip(), DATE_PLAYED);
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static void add(Map<String, Set<String>> index, String key, String artist) {
        index.computeIfAbsent(key, k -> new HashSet<>(2)).add(artist);
    }

    private static String only(Set<String> artists) {
        return artists != null && artists.size() == 1 ? artists.iterator().next() : null;
    }

    private static final ImportSink IGNORE = new ImportSink() {
        @Override
        public void listen(ImportedListen listen) {
        }

        @Override
        public void leftOut(LeftOut kind) {
        }

        @Override
        public void rejected(String file, long index, String field, String reason, String raw) {
        }

        @Override
        public void catalogTrack(String trackId, dev.earshot.event.TrackMetadata track) {
        }
    };
}
