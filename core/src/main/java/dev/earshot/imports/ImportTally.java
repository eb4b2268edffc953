package dev.earshot.imports;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The running counts of one import: written by the import's thread, read at any time for its progress.
 * Every method is synchronized: the counts change a batch at a time, and a reader must see them consistent.
 */
public final class ImportTally {
    static final int MAX_EXAMPLES = 20;

    private long read;
    private long imported;
    private long duplicates;
    private long merged;
    private long rejectedTotal;
    private long catalogTracks;
    private final Map<String, Long> leftOut = new TreeMap<>();
    private final Map<String, Long> rejected = new TreeMap<>();
    private final List<ImportSummary.Rejection> examples = new ArrayList<>();
    private final List<ImportSummary.FileRead> files = new ArrayList<>();
    private final List<String> unrecognised = new ArrayList<>();

    public synchronized void read(long n) {
        read += n;
    }

    public synchronized void stored(long fresh, long dupes, long mergedListens) {
        imported += fresh;
        duplicates += dupes;
        merged += mergedListens;
    }

    public synchronized void leftOut(LeftOut kind) {
        read++;
        leftOut.merge(kind.wire(), 1L, Long::sum);
    }

    public synchronized void rejected(String file, long index, String field, String reason) {
        rejectedTotal++;
        String f = field == null || field.isBlank() ? "record" : field;
        rejected.merge(f, 1L, Long::sum);
        if (examples.size() < MAX_EXAMPLES) {
            examples.add(new ImportSummary.Rejection(file, index, f, reason));
        }
    }

    public synchronized void catalogTracks(long n) {
        catalogTracks += n;
    }

    public synchronized void file(String name, ImportFormat format) {
        files.add(new ImportSummary.FileRead(name, format.wire()));
    }

    public synchronized void unrecognised(List<String> names) {
        unrecognised.addAll(names);
    }

    public synchronized ImportSummary summary() {
        return new ImportSummary(read, imported, duplicates, merged, leftOut, rejectedTotal, rejected, examples,
                catalogTracks, files, unrecognised);
    }
}
