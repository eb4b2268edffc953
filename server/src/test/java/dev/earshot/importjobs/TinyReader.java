package dev.earshot.importjobs;

import dev.earshot.imports.Export;
import dev.earshot.imports.ExportEntry;
import dev.earshot.imports.ExportReader;
import dev.earshot.imports.ImportFormat;
import dev.earshot.imports.ImportOptions;
import dev.earshot.imports.ImportSink;
import dev.earshot.imports.ImportedListen;
import dev.earshot.imports.LeftOut;

import dev.earshot.event.Platform;
import dev.earshot.event.TrackMetadata;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Map;

/**
 * A reader for tests only, of a made-up format ({@code *.tiny} files, lines {@code artist|title|start|ms|skipped|
 * country|spotify uri}), posing as {@code format} so that the import machinery can be tested before and beside
 * the real readers. {@code #podcast} lines are left out; {@code @id|artist|title|energy} lines are catalog rows.
 */
final class TinyReader implements ExportReader {
    private final ImportFormat format;
    private final String suffix;

    TinyReader(ImportFormat format, String suffix) {
        this.format = format;
        this.suffix = suffix;
    }

    @Override
    public ImportFormat format() {
        return format;
    }

    @Override
    public boolean recognises(String baseName, String head) {
        return baseName.endsWith(suffix) && head.startsWith("tiny");
    }

    @Override
    public void read(ExportEntry entry, Export export, ImportOptions options, ImportSink sink) throws IOException {
        try (BufferedReader in = new BufferedReader(new InputStreamReader(entry.open(), StandardCharsets.UTF_8))) {
            in.readLine();
            long index = 0;
            for (String line; (line = in.readLine()) != null; index++) {
                if (line.equals("#podcast")) {
                    sink.leftOut(LeftOut.PODCAST);
                } else if (line.startsWith("@")) {
                    String[] f = line.substring(1).split("\\|", -1);
                    sink.catalogTrack(f[0], new TrackMetadata(f[2], f[1], null, 200_000L, java.util.List.of("rock"),
                            Map.of("energy", Double.parseDouble(f[3]))));
                } else {
                    listen(entry.name(), index, line, sink);
                }
            }
        }
    }

    private void listen(String file, long index, String line, ImportSink sink) {
        String[] f = line.split("\\|", -1);
        Instant start;
        try {
            start = Instant.parse(f[2]);
        } catch (DateTimeParseException e) {
            sink.rejected(file, index, "start", "not a date: '" + f[2] + "'", line);
            return;
        }
        Long ms = f[3].isEmpty() ? null : Long.parseLong(f[3]);
        Boolean skipped = f[4].isEmpty() ? null : Boolean.parseBoolean(f[4]);
        String country = f.length > 5 && !f[5].isEmpty() ? f[5] : null;
        String uri = f.length > 6 && !f[6].isEmpty() ? f[6] : null;
        sink.listen(new ImportedListen(format, f[2] + "|" + f[0] + "|" + f[1], f[0], f[1], null, start, ms, 200_000L,
                skipped, Platform.SPOTIFY, country, null,
                new ImportedListen.SourceIds(uri, null, null, null, null)));
    }
}
