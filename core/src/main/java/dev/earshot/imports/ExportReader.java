package dev.earshot.imports;

import java.io.IOException;

/**
 * Reads one format, streaming: records go to the sink as they are read. {@code export} holds every entry
 * given alongside (Apple Music's Play Activity takes artists from the Daily Tracks file beside it). A bad
 * record is reported to the sink and reading goes on; only an unreadable file as a whole throws.
 */
public interface ExportReader {
    ImportFormat format();

    /**
     * Whether an entry is in this format, judged from its base name and the first few KiB of its text
     * ({@code head}, UTF-8, BOM removed), so that a file given without a format is routed to its reader.
     */
    boolean recognises(String baseName, String head);

    void read(ExportEntry entry, Export export, ImportOptions options, ImportSink sink) throws IOException;
}
