package dev.earshot.imports;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipFile;

/**
 * What a person gave, opened as one {@link Export}: each file is an entry, a folder is walked, and a zip (the
 * Spotify download, a Google Takeout, a ListenBrainz export) gives one entry per file inside it, folders and
 * all ({@code Spotify Extended Streaming History/Streaming_History_Audio_2019.json}). Zips are read in place,
 * entry by entry, never unpacked whole. Close it to release the zips.
 */
public final class OpenedExport implements AutoCloseable {
    private final Export export;
    private final List<ZipFile> zips;

    private OpenedExport(Export export, List<ZipFile> zips) {
        this.export = export;
        this.zips = zips;
    }

    public Export export() {
        return export;
    }

    /** Opens {@code paths}; {@code names} (same size, or null) are the names the person gave them, for uploads. */
    public static OpenedExport open(List<Path> paths, List<String> names) {
        List<ExportEntry> entries = new ArrayList<>();
        List<ZipFile> zips = new ArrayList<>();
        try {
            for (int i = 0; i < paths.size(); i++) {
                Path p = paths.get(i);
                String name = names == null ? p.getFileName().toString() : names.get(i);
                if (Files.isDirectory(p)) {
                    walk(p, entries, zips);
                } else {
                    add(p, name, entries, zips);
                }
            }
        } catch (IOException | RuntimeException e) {
            zips.forEach(OpenedExport::closeQuietly);
            throw e instanceof IOException io ? new UncheckedIOException(io) : (RuntimeException) e;
        }
        return new OpenedExport(new Export(entries), zips);
    }

    public static OpenedExport open(List<Path> paths) {
        return open(paths, null);
    }

    private static void walk(Path dir, List<ExportEntry> entries, List<ZipFile> zips) throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path p : files.filter(Files::isRegularFile).sorted().toList()) {
                add(p, dir.relativize(p).toString().replace('\\', '/'), entries, zips);
            }
        }
    }

    private static void add(Path file, String name, List<ExportEntry> entries, List<ZipFile> zips) throws IOException {
        if (!isZip(file)) {
            entries.add(new FileEntry(name, file));
            return;
        }
        ZipFile zip;
        try {
            zip = new ZipFile(file.toFile());
        } catch (ZipException e) {
            throw new UncheckedIOException(new IOException("'" + name + "' is not a readable zip: " + e.getMessage(), e));
        }
        zips.add(zip);
        Enumeration<? extends ZipEntry> all = zip.entries();
        while (all.hasMoreElements()) {
            ZipEntry entry = all.nextElement();
            if (!entry.isDirectory() && !hidden(entry.getName())) {
                entries.add(new ZipEntryFile(entry.getName(), zip, entry));
            }
        }
    }

    /** macOS adds {@code __MACOSX/} resource forks and {@code .DS_Store} to zips it makes: not part of any export. */
    private static boolean hidden(String name) {
        String base = Export.baseName(name);
        return name.startsWith("__MACOSX/") || base.startsWith("._") || base.equals(".DS_Store");
    }

    /** A zip by its first bytes ("PK\3\4"), whatever its name: uploads may arrive without one. */
    static boolean isZip(Path file) throws IOException {
        if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".zip")) {
            return true;
        }
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(4);
            return head.length == 4 && head[0] == 'P' && head[1] == 'K' && head[2] == 3 && head[3] == 4;
        }
    }

    @Override
    public void close() {
        zips.forEach(OpenedExport::closeQuietly);
    }

    private static void closeQuietly(ZipFile zip) {
        try {
            zip.close();
        } catch (IOException ignored) {
            // Only read from: nothing to lose.
        }
    }

    private record FileEntry(String name, Path file) implements ExportEntry {
        @Override
        public InputStream open() throws IOException {
            return Files.newInputStream(file);
        }
    }

    private record ZipEntryFile(String name, ZipFile zip, ZipEntry entry) implements ExportEntry {
        @Override
        public InputStream open() throws IOException {
            return zip.getInputStream(entry);
        }
    }
}
