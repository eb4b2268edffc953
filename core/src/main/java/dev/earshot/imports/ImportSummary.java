package dev.earshot.imports;

import java.util.List;
import java.util.Map;

/**
 * What an import did, so far or in the end. {@code read}: records read (listens, left-out and rejected ones);
 * {@code imported}: listens stored; {@code duplicates}: listens already stored (a re-import);
 * {@code merged}: listens of one source found already stored from another (stored once);
 * {@code leftOut}: by kind (incognito, podcast, …); {@code rejected}: by field, with the first few in
 * {@code rejections}; {@code catalogTracks}: catalog entries read; {@code files}: the entries read and their
 * formats; {@code unrecognised}: entries no reader took.
 */
public record ImportSummary(long read, long imported, long duplicates, long merged, Map<String, Long> leftOut,
                            long rejectedTotal, Map<String, Long> rejected, List<Rejection> rejections,
                            long catalogTracks, List<FileRead> files, List<String> unrecognised) {

    public ImportSummary {
        leftOut = Map.copyOf(leftOut);
        rejected = Map.copyOf(rejected);
        rejections = List.copyOf(rejections);
        files = List.copyOf(files);
        unrecognised = List.copyOf(unrecognised);
    }

    /** One record that could not be imported: which file, which record (0-based), which field, and why. */
    public record Rejection(String file, long index, String field, String reason) {
    }

    /** One entry of the export and the format it was read as. */
    public record FileRead(String name, String format) {
    }
}
