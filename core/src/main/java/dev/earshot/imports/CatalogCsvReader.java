package dev.earshot.imports;

import dev.earshot.event.TrackMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * A catalog of tracks with Spotify's audio features, in the columns of the Kaggle "Spotify Tracks Dataset":
 * {@code track_id, artists, album_name, track_name, popularity, duration_ms, explicit, danceability, energy, key,
 * loudness, mode, speechiness, acousticness, instrumentalness, liveness, valence, tempo, time_signature,
 * track_genre}, often after an unnamed index column that pandas wrote (the header then starts with a comma).
 * {@code artists} are separated by ';'. Each row becomes a catalog entry keyed by its {@code track_id} with the
 * features under Spotify's names and {@code track_genre} as its genre. The dataset lists a track once per genre
 * (the same id under "alt-rock", then "grunge", hundreds of rows apart): a track keeps every genre it was listed
 * under, ranked as the enrichers read a catalog's genres (main genre first): the most often listed first, ties in
 * the order the file first gives them. Each row of a repeated id carries the genres seen so far, so the last one
 * written holds them all. Columns are found by name.
 */
public final class CatalogCsvReader implements ExportReader {
    /** Spotify's audio features and their scales; a value outside its scale is a broken row, not data. */
    private static final Map<String, double[]> FEATURES = new LinkedHashMap<>();

    static {
        for (String unit : List.of("danceability", "energy", "speechiness", "acousticness", "instrumentalness",
                "liveness", "valence")) {
            FEATURES.put(unit, new double[] {0, 1});
        }
        FEATURES.put("key", new double[] {-1, 11});
        FEATURES.put("loudness", new double[] {-60, 5});
        FEATURES.put("mode", new double[] {0, 1});
        FEATURES.put("tempo", new double[] {0, 300});
        FEATURES.put("time_signature", new double[] {0, 7});
    }

    @Override
    public ImportFormat format() {
        return ImportFormat.CATALOG_CSV;
    }

    @Override
    public boolean recognises(String baseName, String head) {
        String first = head.lines().findFirst().orElse("").toLowerCase(Locale.ROOT);
        return first.contains("track_id") && first.contains("track_name")
                && (first.contains("track_genre") || first.contains("danceability"));
    }

    @Override
    public void read(ExportEntry entry, Export export, ImportOptions options, ImportSink sink) throws IOException {
        String file = entry.name();
        try (InputStream in = entry.open(); CsvRecords csv = CsvRecords.utf8(in)) {
            List<String> header = csv.next();
            if (header == null) {
                throw new ExportFormatException(file, "is empty");
            }
            Map<String, Integer> column = CsvFields.columns(header);
            Map<String, Map<String, Integer>> genresById = new HashMap<>();
            for (String required : List.of("track_id", "track_name")) {
                if (!column.containsKey(required)) {
                    throw new ExportFormatException(file, "has no '" + required + "' column");
                }
            }
            for (List<String> r = csv.next(); r != null; r = csv.next()) {
                try {
                    CsvFields.sameWidth(csv, r, header.size());
                    row(r, column, genresById, sink);
                } catch (BadField bad) {
                    sink.rejected(file, csv.index() - 1, bad.field(), bad.reason(), JsonFields.shorten(csv.raw(), 2000));
                }
            }
        }
    }

    private static void row(List<String> r, Map<String, Integer> column, Map<String, Map<String, Integer>> genresById,
                            ImportSink sink) {
        String id = CsvFields.required(r, column, "track_id", "track_id");
        String title = CsvFields.required(r, column, "track_name", "track_name");
        String artists = CsvFields.text(r, column, "artists");
        String artist = null;
        if (artists != null) {
            List<String> names = new ArrayList<>();
            for (String a : artists.split(";")) {
                if (!a.isBlank()) {
                    names.add(a.strip());
                }
            }
            artist = names.isEmpty() ? null : String.join(", ", names);
        }
        Long durationMs = null;
        String duration = CsvFields.text(r, column, "duration_ms");
        if (duration != null) {
            try {
                durationMs = Long.parseLong(duration);
            } catch (NumberFormatException e) {
                throw new BadField("duration_ms", "'" + JsonFields.shorten(duration, 64) + "' is not a whole number of milliseconds");
            }
            if (durationMs <= 0) {
                durationMs = null;
            }
        }
        Map<String, Double> features = new HashMap<>();
        for (Map.Entry<String, double[]> f : FEATURES.entrySet()) {
            String text = CsvFields.text(r, column, f.getKey());
            if (text == null) {
                continue;
            }
            double v;
            try {
                v = Double.parseDouble(text);
            } catch (NumberFormatException e) {
                throw new BadField(f.getKey(), "'" + JsonFields.shorten(text, 64) + "' is not a number");
            }
            if (!(v >= f.getValue()[0] && v <= f.getValue()[1])) {
                throw new BadField(f.getKey(), text + " is outside Spotify's scale " + f.getValue()[0] + " to " + f.getValue()[1]);
            }
            features.put(f.getKey(), v);
        }
        String genre = CsvFields.text(r, column, "track_genre");
        sink.catalogTrack(id, new TrackMetadata(title, artist, CsvFields.text(r, column, "album_name"), durationMs,
                genre == null ? List.of() : ranked(genresById, id, genre), features));
    }

    /** Counts {@code genre} for the track; answers its genres so far, most often listed first, ties by first sight. */
    static List<String> ranked(Map<String, Map<String, Integer>> genresById, String id, String genre) {
        Map<String, Integer> counts = genresById.computeIfAbsent(id, k -> new LinkedHashMap<>(2));
        counts.merge(genre, 1, Integer::sum);
        if (counts.size() == 1) {
            return List.of(genre);
        }
        List<String> out = new ArrayList<>(counts.keySet());
        // A stable sort: equal counts keep the order of first sight.
        out.sort((a, b) -> Integer.compare(counts.get(b), counts.get(a)));
        return out;
    }
}
