package dev.earshot.imports;

import dev.earshot.event.TrackMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** A real sink that keeps everything a reader sends, for tests to assert on; plus fixture entries. */
final class ImportCapture implements ImportSink {
    record Rejection(String file, long index, String field, String reason, String raw) {
    }

    final List<ImportedListen> listens = new ArrayList<>();
    final Map<LeftOut, Integer> leftOut = new EnumMap<>(LeftOut.class);
    final List<Rejection> rejected = new ArrayList<>();

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
        throw new AssertionError("a listening-history reader sent a catalog track");
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
        Export export = new Export(entries);
        ImportCapture capture = new ImportCapture();
        try {
            reader.read(entries.get(0), export, options, capture);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return capture;
    }

    static ImportCapture read(ExportReader reader, String... fixtures) {
        return read(reader, ImportOptions.DEFAULTS, fixtures);
    }

    /** A fixture under src/test/resources/imports/, named by its path there. */
    static ExportEntry fixture(String path) {
        String resource = "/imports/" + path;
        if (ImportCapture.class.getResource(resource) == null) {
            throw new IllegalArgumentException("no fixture " + resource);
        }
        return new ExportEntry() {
            @Override
            public String name() {
                return path;
            }

            @Override
            public InputStream open() {
                return ImportCapture.class.getResourceAsStream(resource);
            }
        };
    }

    /** The first few KiB of a fixture as text, as the service gives to {@code recognises}. */
    static String head(String path) {
        try (InputStream in = fixture(path).open()) {
            String text = new String(in.readNBytes(4096), java.nio.charset.StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
