package dev.earshot.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Routes each entry of an export to the reader of its format by asking every reader whether it recognises the
 * entry's name and head. A format the person names overrides detection: its reader takes the entries it
 * recognises, or every entry when it recognises none (a file renamed beyond recognition).
 */
public final class FormatDetector {
    static final int HEAD_BYTES = 8192;

    private final Readers readers;

    public FormatDetector(Readers readers) {
        this.readers = readers;
    }

    /** Which reader reads which entry, and the entries no reader took (a ReadMe.pdf, a picture). */
    public record Plan(List<Route> routes, List<String> unrecognised) {
        public Plan {
            routes = List.copyOf(routes);
            unrecognised = List.copyOf(unrecognised);
        }
    }

    public record Route(ExportEntry entry, ExportReader reader) {
    }

    public Plan plan(Export export, Optional<ImportFormat> format) {
        if (format.isPresent()) {
            ExportReader reader = readers.of(format.get()).orElseThrow(() -> new IllegalArgumentException(
                    "no reader for the format '" + format.get().wire() + "' in this Earshot"));
            return forced(export, reader);
        }
        List<Route> routes = new ArrayList<>();
        List<String> unrecognised = new ArrayList<>();
        for (ExportEntry entry : export.entries()) {
            Optional<ExportReader> reader = detect(entry);
            if (reader.isPresent()) {
                routes.add(new Route(entry, reader.get()));
            } else {
                unrecognised.add(entry.name());
            }
        }
        return new Plan(routes, unrecognised);
    }

    /** The reader that recognises this entry, if any. */
    public Optional<ExportReader> detect(ExportEntry entry) {
        String base = Export.baseName(entry.name());
        String head = head(entry);
        return readers.all().stream().filter(r -> r.recognises(base, head)).findFirst();
    }

    private Plan forced(Export export, ExportReader reader) {
        List<Route> routes = new ArrayList<>();
        List<String> unrecognised = new ArrayList<>();
        for (ExportEntry entry : export.entries()) {
            if (reader.recognises(Export.baseName(entry.name()), head(entry))) {
                routes.add(new Route(entry, reader));
            } else {
                unrecognised.add(entry.name());
            }
        }
        if (routes.isEmpty()) {
            export.entries().forEach(e -> routes.add(new Route(e, reader)));
            unrecognised.clear();
        }
        return new Plan(routes, unrecognised);
    }

    /** The first {@value #HEAD_BYTES} bytes as UTF-8 text, without a byte order mark. */
    static String head(ExportEntry entry) {
        try (InputStream in = entry.open()) {
            String text = new String(in.readNBytes(HEAD_BYTES), StandardCharsets.UTF_8);
            return text.startsWith("\uFEFF") ? text.substring(1) : text;
        } catch (IOException e) {
            throw new UncheckedIOException(new IOException("cannot read '" + entry.name() + "': " + e.getMessage(), e));
        }
    }
}
