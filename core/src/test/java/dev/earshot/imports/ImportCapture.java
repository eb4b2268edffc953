package dev.earshot.imports;

import dev.earshot.event.TrackMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * The one test kit of the import readers: fixture files under src/test/resources/imports/ as export entries,
 * and a real sink that keeps everything a reader sends, for tests to assert on.
 */
final class ImportCapture implements ImportSink {
    record Rejection(String file, long index, String field, String reason, String raw) {
    }

    record CatalogTrack(String trackId, TrackMetadata track) {
    }

    final List<ImportedListen> listens = new ArrayList<>();
    final Map<LeftOut, Integer> leftOut = new EnumMap<>(LeftOut.class);
    final List<Rejection> rejected = new ArrayList<>();
    final List<CatalogTrack> catalog = new ArrayList<>();

    @Override
    public void listen(ImportedListen listen) {
        listens.add(listen);
    }

    @Override
    public void leftOut(LeftOut kind) {
        leftOut.merge(kind, 1, Integer::sum);
    }

    @Override
    public void rejected(String file, long index, String field, String reason, String raw) {
        rejected.add(new Rejection(file, index, field, reason, raw));
    }

    @Override
    public void catalogTrack(String trackId, TrackMetadata track) {
        catalog.add(new CatalogTrack(trackId, track));
    }

    int count(LeftOut kind) {
        return leftOut.getOrDefault(kind, 0);
    }

    /** Reads fixture files (paths under imports/) with {@code reader}; every file given is in the Export. */
    static ImportCapture read(ExportReader reader, ImportOptions options, String... fixtures) {
        List<ExportEntry> entries = new ArrayList<>();
        for (String fixture : fixtures) {
            entries.add(fixture(fixture));
        }
        return read(reader, entries, options);
    }

    static ImportCapture read(ExportReader reader, String... fixtures) {
        return read(reader, ImportOptions.DEFAULTS, fixtures);
    }

    /** Reads one entry, alone in its Export. */
    static ImportCapture read(ExportReader reader, ExportEntry entry, ImportOptions options) {
        return read(reader, List.of(entry), options);
    }

    static ImportCapture read(ExportReader reader, ExportEntry entry) {
        return read(reader, entry, ImportOptions.DEFAULTS);
    }

    private static ImportCapture read(ExportReader reader, List<ExportEntry> entries, ImportOptions options) {
        ImportCapture capture = new ImportCapture();
        try {
            reader.read(entries.get(0), new Export(entries), options, capture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return capture;
    }

    /** A fixture under src/test/resources/imports/, named by its path there. */
    static ExportEntry fixture(String path) {
        return entry(path, path);
    }

    /** A fixture named as the file inside its format's folder ("lastfm/x.csv" is "x.csv"), as a zip would hold it. */
    static ExportEntry entry(String path) {
        return entry(path, path.substring(path.indexOf('/') + 1));
    }

    /** A fixture under src/test/resources/imports/ as the entry {@code name} (the path it would have in a zip). */
    static ExportEntry entry(String path, String name) {
        String resource = "/imports/" + path;
        if (ImportCapture.class.getResource(resource) == null) {
            throw new IllegalArgumentException("no fixture " + resource);
        }
        return new ExportEntry() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() {
                return ImportCapture.class.getResourceAsStream(resource);
            }
        };
    }

    /** The head of a fixture exactly as the detector gives it to {@code recognises}. */
    static String head(ExportEntry entry) {
        return FormatDetector.head(entry);
    }

    static String head(String path) {
        return head(fixture(path));
    }
}
