package dev.earshot.imports;

import dev.earshot.event.TrackMetadata;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Fixture files under {@code imports/<format>/} as export entries, and a sink that keeps what a reader sent. */
final class ImportFixtures {
    private ImportFixtures() {
    }

    /** A fixture file as the entry {@code name} (the path it would have inside a zip). */
    static ExportEntry entry(String resource, String name) {
        URL url = ImportFixtures.class.getResource("/imports/" + resource);
        if (url == null) {
            throw new IllegalArgumentException("no fixture " + resource);
        }
        Path path;
        try {
            path = Path.of(url.toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return new ExportEntry() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public InputStream open() throws IOException {
                return Files.newInputStream(path);
            }
        };
    }

    static ExportEntry entry(String resource) {
        return entry(resource, resource.substring(resource.indexOf('/') + 1));
    }

    /** The head a detector would give {@code recognises}: the first 8 KiB as text, BOM removed. */
    static String head(ExportEntry entry) {
        try (InputStream in = entry.open()) {
            String text = new String(in.readNBytes(8192), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Sink read(ExportReader reader, ExportEntry entry) throws IOException {
        return read(reader, entry, ImportOptions.DEFAULTS);
    }

    static Sink read(ExportReader reader, ExportEntry entry, ImportOptions options) throws IOException {
        Sink sink = new Sink();
        reader.read(entry, new Export(List.of(entry)), options, sink);
        return sink;
    }

    record Rejection(String file, long index, String field, String reason, String raw) {
    }

    record CatalogTrack(String trackId, TrackMetadata track) {
    }

    static final class Sink implements ImportSink {
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
    }
}
